package org.outagesim.chart;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.outagesim.stats.Metric;

/**
 * Lost revenue summed over the tenants of each deployment strategy or each sector, with 95% error
 * bars as {@link GroupTotal} computes them. Strategy bars take the strategy's colour, in {@link
 * Palette#STRATEGIES} order; sector bars are neutral grey, largest first.
 */
final class LostRevenueChart implements Chart<RunResults> {

  private final String groupedBy;
  private final Function<TenantInfo, String> key;

  private LostRevenueChart(String groupedBy, Function<TenantInfo, String> key) {
    this.groupedBy = groupedBy;
    this.key = key;
  }

  static LostRevenueChart byStrategy() {
    return new LostRevenueChart("strategy", TenantInfo::strategy);
  }

  static LostRevenueChart bySector() {
    return new LostRevenueChart("sector", TenantInfo::sector);
  }

  @Override
  public String name() {
    return "lost-revenue-by-" + groupedBy;
  }

  @Override
  public JFreeChart draw(RunResults r) {
    List<GroupTotal> totals = GroupTotal.of(r, Metric.REVENUE_LOST.column(), key);
    boolean byStrategy = groupedBy.equals("strategy");
    Comparator<GroupTotal> order =
        byStrategy
            ? Comparator.comparingInt(g -> rank(g.group()))
            : Comparator.comparingDouble(GroupTotal::mean).reversed();
    List<ErrorBarChart.Bar> bars =
        totals.stream()
            .sorted(order)
            .map(
                g ->
                    new ErrorBarChart.Bar(
                        g.group(), g.mean(), g.ci95HalfWidth(), colour(g.group(), byStrategy)))
            .toList();
    String title = byStrategy ? "Lost revenue by deployment strategy" : "Lost revenue by sector";
    return ErrorBarChart.draw(
        title + " — " + r.scenarioName(),
        "sum over tenants, mean of "
            + Plural.replications(r.replications())
            + " with 95% confidence interval",
        r.currency() == null
            ? "Lost revenue (currency of order value)"
            : "Lost revenue, " + r.currency(),
        bars,
        List.of());
  }

  private static int rank(String strategy) {
    int i = Palette.STRATEGIES.indexOf(strategy);
    return i < 0 ? Palette.STRATEGIES.size() : i;
  }

  private static Color colour(String group, boolean byStrategy) {
    return byStrategy ? Palette.strategy(group) : Palette.NEUTRAL;
  }
}
