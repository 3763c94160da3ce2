package org.outagesim.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Failed requests per minute by cause — public DNS, internal DNS, unreachable endpoint, overload —
 * summed over all tenants (each tenant's count the mean over replications), stacked, with the fault
 * windows shaded. The top of the stack is all failed requests in the minute.
 */
final class FailuresByCauseChart implements Chart<RunResults> {

  private record Cause(String label, Color colour, ToDoubleFunction<TenantMinute> count) {}

  private static final List<Cause> CAUSES =
      List.of(
          new Cause("public DNS", Palette.PUBLIC_DNS, TenantMinute::failedPublicDns),
          new Cause("internal DNS", Palette.INTERNAL_DNS, TenantMinute::failedInternalDns),
          new Cause("unreachable", Palette.UNREACHABLE, TenantMinute::failedUnreachable),
          new Cause("overload", Palette.OVERLOAD, TenantMinute::failedOverload));

  @Override
  public String name() {
    return "failures-by-cause";
  }

  @Override
  public JFreeChart draw(RunResults r) {
    DefaultTableXYDataset data = new DefaultTableXYDataset();
    StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
    renderer.setLegendArea(new Rectangle2D.Double(-7, -7, 14, 14));
    double[] totals =
        new double[r.minutes().stream().mapToInt(TenantMinute::minute).max().orElse(0) + 1];
    for (int i = 0; i < CAUSES.size(); i++) {
      Cause cause = CAUSES.get(i);
      TreeMap<Integer, Double> perMinute = new TreeMap<>();
      for (TenantMinute m : r.minutes()) {
        double n = cause.count().applyAsDouble(m);
        double count = Double.isFinite(n) ? n : 0.0;
        perMinute.merge(m.minute(), count, Double::sum);
        totals[m.minute()] += count;
      }
      XYSeries series = new XYSeries(cause.label(), false, false);
      perMinute.forEach(
          (minute, n) -> series.add((double) r.epochMillisAt(60.0 * minute + 30.0), n));
      data.addSeries(series);
      renderer.setSeriesPaint(i, cause.colour());
    }
    XYPlot plot =
        new XYPlot(
            data,
            ChartStyle.timeAxis(r),
            ChartStyle.countAxis(
                "Failed requests per minute (all tenants)",
                Arrays.stream(totals).max().orElse(0),
                1.15),
            renderer);
    ChartStyle.grid(plot);
    ChartStyle.shadeFaults(plot, r);
    return ChartStyle.chart(
        "Failed requests by cause — " + r.scenarioName(),
        "stacked, summed over "
            + r.tenants().size()
            + " tenants, mean of "
            + Plural.replications(r.replications()),
        plot,
        true);
  }
}
