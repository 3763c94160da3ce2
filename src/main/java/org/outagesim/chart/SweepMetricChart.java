package org.outagesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One metric (all tenants together) against the first swept parameter: the mean over replications
 * with its 95% band, one line per combination of the other parameters' values. A single parameter
 * whose values are categories (not numbers or durations) gets bars with error bars instead.
 */
final class SweepMetricChart implements Chart<SweepResults> {
  private static final Color[] LINES = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)
  };

  private final String metric;

  SweepMetricChart(String metric) {
    this.metric = metric;
  }

  @Override
  public String name() {
    return Charts.SWEEP_PREFIX + metric;
  }

  @Override
  public JFreeChart draw(SweepResults r) {
    String x = r.parameters().get(0);
    ParameterAxis xAxis =
        new ParameterAxis(x, r.points().stream().map(p -> p.values().get(x)).toList());
    if (!xAxis.numeric() && r.parameters().size() == 1) {
      return bars(r, x);
    }
    Map<String, List<SweepResults.Point>> lines = new LinkedHashMap<>();
    for (SweepResults.Point p : r.points()) {
      lines.computeIfAbsent(rest(r, p), k -> new ArrayList<>()).add(p);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setAlpha(0.18f);
    for (Map.Entry<String, List<SweepResults.Point>> line : lines.entrySet()) {
      YIntervalSeries s =
          new YIntervalSeries(line.getKey().isEmpty() ? metric : line.getKey(), false, true);
      line.getValue().stream()
          .sorted(Comparator.comparingDouble(p -> xAxis.at(p.values().get(x))))
          .forEach(
              p -> {
                Estimate e = p.estimates().get(metric);
                double h = Double.isNaN(e.ci95HalfWidth()) ? 0.0 : e.ci95HalfWidth();
                s.add(xAxis.at(p.values().get(x)), e.mean(), e.mean() - h, e.mean() + h);
              });
      int i = data.getSeriesCount();
      data.addSeries(s);
      Color c = LINES[i % LINES.length];
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, c);
      renderer.setSeriesStroke(i, new BasicStroke(2.5f));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
    }
    NumberAxis y = ChartStyle.axis(new NumberAxis(metric + " (all tenants)"));
    y.setAutoRangeIncludesZero(false);
    y.setNumberFormatOverride(
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    XYPlot plot = new XYPlot(data, xAxis.axis(), y, renderer);
    ChartStyle.grid(plot);
    String subtitle = "mean over replications with 95% band; common random numbers across points";
    return ChartStyle.chart(metric + " vs " + x, subtitle, plot, lines.size() > 1);
  }

  /**
   * One categorical parameter (a comparison's designs, say): a bar per value with its 95% error
   * bar, since a line between categories would suggest values in between.
   */
  private JFreeChart bars(SweepResults r, String x) {
    List<ErrorBarChart.Bar> bars = new ArrayList<>();
    for (SweepResults.Point p : r.points()) {
      Estimate e = p.estimates().get(metric);
      bars.add(new ErrorBarChart.Bar(p.values().get(x), e.mean(), e.ci95HalfWidth(), LINES[0]));
    }
    return ErrorBarChart.draw(
        metric + " by " + x,
        "mean over replications with 95% interval; common random numbers across points",
        metric + " (all tenants)",
        bars,
        List.of());
  }

  /** The other parameters' values of a point, as the line's label. */
  private static String rest(SweepResults r, SweepResults.Point p) {
    List<String> parts = new ArrayList<>();
    for (String q : r.parameters().subList(1, r.parameters().size())) {
      parts.add(q + "=" + p.values().get(q));
    }
    return String.join(", ", parts);
  }
}
