package org.outagesim.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * One metric (all tenants together) over a grid of two swept parameters: one cell per pair of
 * values, coloured by the mean over replications and labelled with it. Values of a numeric
 * parameter are in ascending order, others in order of appearance.
 */
final class SweepHeatmapChart implements Chart<SweepResults> {
  private static final Font CELL = new Font(Font.SANS_SERIF, Font.BOLD, 15);

  private final String metric;

  SweepHeatmapChart(String metric) {
    this.metric = metric;
  }

  @Override
  public String name() {
    return Charts.SWEEP_PREFIX + metric + "-heatmap";
  }

  @Override
  public JFreeChart draw(SweepResults r) {
    String px = r.parameters().get(0);
    String py = r.parameters().get(1);
    List<String> xs = ordered(r, px);
    List<String> ys = ordered(r, py);
    int n = r.points().size();
    double[][] xyz = new double[3][n];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    XYPlot plot = new XYPlot();
    for (int i = 0; i < n; i++) {
      SweepResults.Point p = r.points().get(i);
      double mean = p.estimates().get(metric).mean();
      xyz[0][i] = xs.indexOf(p.values().get(px));
      xyz[1][i] = ys.indexOf(p.values().get(py));
      xyz[2][i] = mean;
      min = Math.min(min, mean);
      max = Math.max(max, mean);
    }
    for (int i = 0; i < n; i++) {
      XYTextAnnotation label =
          new XYTextAnnotation(
              String.format(Locale.ROOT, "%,.1f", xyz[2][i]), xyz[0][i], xyz[1][i]);
      label.setFont(CELL);
      // White on the darker half of the scale, black on the lighter half.
      label.setPaint(
          max > min && (xyz[2][i] - min) / (max - min) > 0.5 ? Color.WHITE : Color.BLACK);
      plot.addAnnotation(label);
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(metric, xyz);
    HeatScale scale = new HeatScale(min, max > min ? max : min + 1);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    plot.setDataset(data);
    plot.setRenderer(renderer);
    plot.setDomainAxis(ChartStyle.axis(new SymbolAxis(px, xs.toArray(new String[0]))));
    plot.setRangeAxis(ChartStyle.axis(new SymbolAxis(py, ys.toArray(new String[0]))));
    JFreeChart chart =
        ChartStyle.chart(
            metric + " over " + px + " × " + py,
            "mean over replications (all tenants); common random numbers across cells",
            plot,
            false);
    NumberAxis legendAxis = ChartStyle.axis(new NumberAxis(metric));
    legendAxis.setNumberFormatOverride(
        new java.text.DecimalFormat(
            "#,##0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(18);
    legend.setMargin(8, 8, 8, 8);
    chart.addSubtitle(legend);
    return chart;
  }

  private static List<String> ordered(SweepResults r, String parameter) {
    ParameterAxis axis =
        new ParameterAxis(
            parameter, r.points().stream().map(p -> p.values().get(parameter)).toList());
    List<String> values = axis.values();
    return axis.numeric()
        ? values.stream().sorted(Comparator.comparingDouble(axis::at)).toList()
        : values;
  }

  /** Light yellow for the lowest mean to dark red for the highest. */
  private record HeatScale(double lower, double upper) implements PaintScale {
    private static final Color[] STOPS = {
      new Color(0xFFF7BC), new Color(0xFEC44F), new Color(0xD95F0E), new Color(0x7F2704)
    };

    @Override
    public double getLowerBound() {
      return lower;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
      int i = Math.min((int) f, STOPS.length - 2);
      double t = f - i;
      Color a = STOPS[i];
      Color b = STOPS[i + 1];
      return new Color(
          (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
          (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
          (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
  }
}
