package org.outagesim.chart;

import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.outagesim.stats.Metric;

/**
 * Lost transactions per tenant (mean over replications, {@code summary.json}) with 95% error bars,
 * largest first, bars in the colour of the tenant's deployment strategy.
 */
final class LostTransactionsChart implements Chart<RunResults> {

  @Override
  public String name() {
    return "lost-transactions";
  }

  @Override
  public JFreeChart draw(RunResults r) {
    String metric = Metric.TRANSACTIONS_LOST.column();
    List<ErrorBarChart.Bar> bars =
        r.tenants().stream()
            .map(
                t -> {
                  Estimate e = r.estimate(t.id(), metric);
                  return new ErrorBarChart.Bar(
                      t.id(), e.mean(), e.ci95HalfWidth(), Palette.strategy(t.strategy()));
                })
            .filter(b -> Double.isFinite(b.mean()))
            .sorted(Comparator.comparingDouble(ErrorBarChart.Bar::mean).reversed())
            .toList();
    return ErrorBarChart.draw(
        "Lost transactions per tenant — " + r.scenarioName(),
        "mean of "
            + Plural.replications(r.replications())
            + " with 95% confidence interval; colour: deployment strategy",
        "Lost transactions (count)",
        bars,
        StrategyLegend.of(r));
  }
}
