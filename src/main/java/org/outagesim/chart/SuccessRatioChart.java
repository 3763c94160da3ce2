package org.outagesim.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Success ratio over time, 0–100 %: one line per tenant when there are at most {@value
 * #MAX_TENANT_LINES} tenants, otherwise one per deployment strategy (see {@link SuccessRatioSeries}
 * for how tenants are combined). Lines are the mean over replications, the shaded band around each
 * its 95% interval, fault windows are shaded grey. Lines take the colour of their strategy; each
 * tenant's line has its own pattern, so that lines with equal values stay visible one over the
 * other.
 */
final class SuccessRatioChart implements Chart<RunResults> {

  static final int MAX_TENANT_LINES = 8;

  @Override
  public String name() {
    return "success-ratio";
  }

  @Override
  public JFreeChart draw(RunResults r) {
    boolean perTenant = r.tenants().size() <= MAX_TENANT_LINES;
    Map<String, List<SuccessRatioSeries.Point>> lines =
        perTenant
            ? SuccessRatioSeries.perTenant(r)
            : SuccessRatioSeries.byGroup(r, TenantInfo::strategy, Palette.STRATEGIES);
    Map<String, String> strategyOf = new HashMap<>();
    if (perTenant) {
      r.tenants().forEach(t -> strategyOf.put(t.id(), t.strategy()));
    } else {
      Palette.STRATEGIES.forEach(s -> strategyOf.put(s, s));
    }

    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.15f);
    renderer.setLegendLine(new Line2D.Double(-22, 0, 22, 0));
    lines.forEach(
        (key, points) -> {
          String strategy = strategyOf.getOrDefault(key, "");
          int series = data.getSeriesCount();
          data.addSeries(series(r, legendLabel(key, strategy, perTenant), points));
          Color colour = Palette.strategy(strategy);
          renderer.setSeriesPaint(series, colour);
          renderer.setSeriesFillPaint(series, colour);
          renderer.setSeriesStroke(series, perTenant ? Palette.line(series) : Palette.line(0));
        });

    NumberAxis percent = ChartStyle.axis(new PercentAxis("Successful requests (%)"));
    XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(r), percent, renderer);
    // First series drawn first: a later dashed line over an earlier one with the same values
    // leaves both visible.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    ChartStyle.grid(plot);
    ChartStyle.shadeFaults(plot, r);
    String how =
        perTenant
            ? "per tenant"
            : "per deployment strategy, request-weighted over " + r.tenants().size() + " tenants";
    return ChartStyle.chart(
        "Request success ratio — " + r.scenarioName(),
        how
            + "; mean of "
            + Plural.replications(r.replications())
            + ", band: 95% confidence interval",
        plot,
        true);
  }

  private static String legendLabel(String key, String strategy, boolean perTenant) {
    return !perTenant || key.startsWith(strategy) ? key : key + " (" + strategy + ")";
  }

  private static YIntervalSeries series(
      RunResults r, String label, List<SuccessRatioSeries.Point> points) {
    YIntervalSeries s = new YIntervalSeries(label, false, true);
    for (SuccessRatioSeries.Point p : points) {
      double y = 100 * p.ratio();
      double half = Double.isFinite(p.ci95HalfWidth()) ? 100 * p.ci95HalfWidth() : 0;
      // The point sits at the middle of its minute, where its average applies.
      s.add(
          (double) r.epochMillisAt(60.0 * p.minute() + 30.0),
          y,
          Math.max(0, y - half),
          Math.min(100, y + half));
    }
    return s;
  }
}
