package org.outagesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A tornado chart of one metric: per uncertain value a bar from the base case to the metric at the
 * value's 5th percentile and one to its 95th, the largest swing on top; whiskers show each end's
 * paired 95% interval against the base case; a vertical line marks the base value.
 */
final class TornadoChart implements Chart<SensitivityResults> {

  static final Color LOW = Palette.ACTIVE_PASSIVE;
  static final Color HIGH = Palette.SINGLE_REGION;
  private static final double HALF_BAR = 0.32;
  private static final Font MARKER = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

  private final String metric;

  TornadoChart(String metric) {
    this.metric = metric;
  }

  @Override
  public String name() {
    return Charts.TORNADO_PREFIX + metric;
  }

  /** The rows of this metric, top to bottom (the file's order: largest swing first). */
  List<SensitivityResults.Swing> rows(SensitivityResults r) {
    return r.swings().stream().filter(s -> s.metric().equals(metric)).toList();
  }

  @Override
  public JFreeChart draw(SensitivityResults r) {
    List<SensitivityResults.Swing> rows = rows(r);
    SensitivityResults.Base base =
        r.base().stream()
            .filter(b -> b.metric().equals(metric))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no base value of " + metric));
    double b = base.mean();
    int n = rows.size();
    String[] labels = new String[n];
    XYIntervalSeries low = new XYIntervalSeries("at the 5th percentile");
    XYIntervalSeries high = new XYIntervalSeries("at the 95th percentile");
    double min = b;
    double max = b;
    XYPlot plot = new XYPlot();
    for (int i = 0; i < n; i++) {
      SensitivityResults.Swing s = rows.get(i);
      double y = n - 1 - i; // the largest swing on top
      labels[(int) y] = s.parameter() + "  [" + s.low() + " – " + s.high() + "]";
      bar(low, b, s.valueLow(), y);
      bar(high, b, s.valueHigh(), y);
      min = Math.min(min, end(s.valueLow(), s.lowHalfWidth(), -1));
      min = Math.min(min, end(s.valueHigh(), s.highHalfWidth(), -1));
      max = Math.max(max, end(s.valueLow(), s.lowHalfWidth(), 1));
      max = Math.max(max, end(s.valueHigh(), s.highHalfWidth(), 1));
      whisker(plot, s.valueLow(), s.lowHalfWidth(), y - HALF_BAR / 2);
      whisker(plot, s.valueHigh(), s.highHalfWidth(), y + HALF_BAR / 2);
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(low);
    data.addSeries(high);
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setSeriesPaint(0, LOW);
    renderer.setSeriesPaint(1, HIGH);
    String unit = metric.equals("revenue_lost") && r.currency() != null ? ", " + r.currency() : "";
    NumberAxis x = ChartStyle.axis(new NumberAxis(metric + " (all tenants)" + unit));
    double pad = Math.max(max - min, Math.abs(b) * 0.02 + 1e-9) * 0.06;
    ChartStyle.fix(x, min - pad, max + pad);
    NumberFormat compact =
        NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.SHORT);
    compact.setMaximumFractionDigits(2);
    x.setNumberFormatOverride(compact);
    SymbolAxis y = ChartStyle.axis(new SymbolAxis(null, labels));
    y.setGridBandsVisible(false);
    if (n > 12) {
      y.setTickLabelFont(ChartStyle.SMALL_TICK_LABEL);
    }
    ChartStyle.fix(y, -0.6, n - 0.4);
    plot.setDataset(data);
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    plot.setRenderer(renderer);
    ChartStyle.grid(plot);
    ValueMarker marker = new ValueMarker(b, Color.BLACK, new BasicStroke(2f));
    marker.setLabel("base " + compact.format(b));
    marker.setLabelFont(MARKER);
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    plot.addDomainMarker(marker);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ErrorBarChart.legendItem("at the value's 5th percentile", LOW));
    legend.add(ErrorBarChart.legendItem("at its 95th percentile", HIGH));
    plot.setFixedLegendItems(legend);
    return ChartStyle.chart(
        "What " + metric + " depends on most",
        "one value at a time at its 5th and 95th percentile, the others at base; whiskers: paired"
            + " 95% interval against the base case",
        plot,
        true);
  }

  private static void bar(XYIntervalSeries s, double base, double value, double y) {
    if (Double.isFinite(value)) {
      s.add(value, Math.min(base, value), Math.max(base, value), y, y - HALF_BAR, y + HALF_BAR);
    }
  }

  private static double end(double value, double halfWidth, int sign) {
    if (!Double.isFinite(value)) {
      return Double.NaN;
    }
    return value + sign * (Double.isFinite(halfWidth) ? halfWidth : 0);
  }

  private static void whisker(XYPlot plot, double value, double halfWidth, double y) {
    if (!Double.isFinite(value) || !(halfWidth > 0)) {
      return;
    }
    BasicStroke stroke = new BasicStroke(1.5f);
    plot.addAnnotation(
        new XYLineAnnotation(value - halfWidth, y, value + halfWidth, y, stroke, Color.BLACK));
    for (double x : new double[] {value - halfWidth, value + halfWidth}) {
      plot.addAnnotation(new XYLineAnnotation(x, y - 0.06, x, y + 0.06, stroke, Color.BLACK));
    }
  }
}
