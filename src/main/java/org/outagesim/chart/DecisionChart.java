package org.outagesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * One tenant's designs: annual cost (x) against expected annual loss (y), one labelled point per
 * design with its 95% interval as a bar, coloured by strategy, and dashed lines of equal annual
 * total (cost + expected loss); the line through the design with the lowest total is darker.
 * Designs that give the same deployment land on the same point and share one label ({@code current
 * = single-region}). A point lower-left of a line is cheaper in total than every point on it.
 */
final class DecisionChart implements Chart<DecisionResults> {

  /** Lines of equal total across the plot, about this many. */
  static final int TOTAL_LINES = 6;

  private static final double HEADROOM = 1.18;

  /** Least vertical distance between two stacked point labels, as a share of the plot height. */
  static final double LABEL_GAP = 0.045;

  private static final Color TOTAL_LINE = new Color(0x9E9E9E);
  private static final Color BEST_LINE = new Color(0x404040);
  private static final Font LINE_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font POINT_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 15);

  private final String tenant;

  DecisionChart(String tenant) {
    this.tenant = tenant;
  }

  @Override
  public String name() {
    return Charts.decisionChartName(tenant);
  }

  /** A point of the chart: the designs that share it. */
  private record Spot(List<DecisionResults.Design> designs) {
    DecisionResults.Design first() {
      return designs.get(0);
    }

    String label(String best) {
      StringBuilder s = new StringBuilder();
      for (DecisionResults.Design d : designs) {
        s.append(s.length() == 0 ? "" : " = ").append(d.design());
      }
      boolean isBest = designs.stream().anyMatch(d -> d.design().equals(best));
      return isBest ? s + " (lowest total)" : s.toString();
    }
  }

  @Override
  public JFreeChart draw(DecisionResults r) {
    DecisionResults.Tenant t =
        r.tenants().stream()
            .filter(x -> x.tenant().equals(tenant))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no tenant " + tenant));
    List<Spot> spots = spots(t);
    String money = r.currency() == null ? "" : ", " + r.currency();
    double maxX = 0;
    double maxY = 0;
    for (Spot s : spots) {
      DecisionResults.Design d = s.first();
      maxX = Math.max(maxX, d.annualCost());
      maxY = Math.max(maxY, d.expectedAnnualLoss() + half(d));
    }
    NumberAxis x =
        ChartStyle.countAxis(
            "Annual cost" + money + (maxX > 0 ? "" : " (no costs given)"), maxX, HEADROOM);
    if (!(maxX > 0)) {
      x.setTickLabelsVisible(false);
    }
    NumberAxis y = ChartStyle.countAxis("Expected annual loss" + money, maxY, HEADROOM);
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setErrorStroke(new BasicStroke(2f));
    renderer.setCapLength(10);
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    for (Spot s : spots) {
      DecisionResults.Design d = s.first();
      String label = s.label(t.best());
      XYIntervalSeries series = new XYIntervalSeries(label);
      double h = half(d);
      series.add(
          d.annualCost(),
          d.annualCost(),
          d.annualCost(),
          d.expectedAnnualLoss(),
          d.expectedAnnualLoss() - h,
          d.expectedAnnualLoss() + h);
      int i = data.getSeriesCount();
      data.addSeries(series);
      Color c = Palette.strategy(d.strategy());
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesShape(i, new Ellipse2D.Double(-6, -6, 12, 12));
      renderer.setSeriesVisibleInLegend(i, false);
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    ChartStyle.grid(plot);
    labels(plot, spots, t.best(), x.getUpperBound(), y.getUpperBound());
    DecisionResults.Design best =
        t.designs().stream().filter(d -> d.design().equals(t.best())).findFirst().orElse(null);
    double right = x.getUpperBound();
    double top = y.getUpperBound();
    List<Double> totals = totals(right + top);
    double step = totals.isEmpty() ? 0 : totals.get(0);
    for (double total : totals) {
      // The line through the best design carries its own label; a round line close to it none.
      boolean nearBest = best != null && Math.abs(total - best.annualTotal()) < 0.6 * step;
      totalLine(
          plot,
          total,
          right,
          top,
          TOTAL_LINE,
          dashed(1f),
          nearBest ? "" : "total " + compact(total));
    }
    if (best != null && Double.isFinite(best.annualTotal())) {
      totalLine(
          plot,
          best.annualTotal(),
          right,
          top,
          BEST_LINE,
          dashed(2f),
          "lowest total " + compact(best.annualTotal()));
    }
    String subtitle =
        "at "
            + new java.text.DecimalFormat(
                    "#,##0.###", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(r.incidentsPerYear())
            + " incidents a year; bars: 95% interval of the expected annual loss; dashed lines:"
            + " equal annual total (cost + expected loss)";
    LegendItemCollection legend = new LegendItemCollection();
    Palette.STRATEGIES.stream()
        .filter(s -> t.designs().stream().anyMatch(d -> d.strategy().equals(s)))
        .forEach(s -> legend.add(ErrorBarChart.legendItem(s, Palette.strategy(s))));
    plot.setFixedLegendItems(legend);
    return ChartStyle.chart(
        tenant + ": cost of each design against its expected loss", subtitle, plot, true);
  }

  /**
   * Labels each point with its designs: right of it, or left of it in the right third of the plot
   * so that it stays inside. A label that would cover one placed before it (lower points first)
   * moves up until they are at least {@value #LABEL_GAP} of the height apart, and none sits lower
   * than half that gap above the axis.
   */
  private static void labels(
      XYPlot plot, List<Spot> spots, String best, double width, double height) {
    List<Spot> byLoss =
        spots.stream()
            .sorted(java.util.Comparator.comparingDouble(o -> o.first().expectedAnnualLoss()))
            .toList();
    List<double[]> placed = new ArrayList<>(); // {from, to, y} of each label placed
    double dx = 0.012 * width;
    for (Spot s : byLoss) {
      DecisionResults.Design d = s.first();
      boolean left = d.annualCost() > 0.66 * width;
      // About 9 px a character on a plot about 1,000 px wide.
      double extent = s.label(best).length() * 0.009 * width;
      double from = left ? d.annualCost() - dx - extent : d.annualCost() + dx;
      double to = from + extent;
      double labelY = Math.max(d.expectedAnnualLoss(), 0.5 * LABEL_GAP * height);
      boolean moved = true;
      for (int round = 0; moved && round <= placed.size(); round++) {
        moved = false;
        for (double[] p : placed) {
          boolean overlap = from < p[1] && p[0] < to;
          if (overlap && Math.abs(labelY - p[2]) < LABEL_GAP * height) {
            labelY = p[2] + LABEL_GAP * height;
            moved = true;
          }
        }
      }
      placed.add(new double[] {from, to, labelY});
      XYTextAnnotation text =
          new XYTextAnnotation(s.label(best), d.annualCost() + (left ? -dx : dx), labelY);
      text.setTextAnchor(left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
      text.setFont(POINT_LABEL);
      text.setPaint(Palette.strategy(d.strategy()).darker());
      plot.addAnnotation(text);
    }
  }

  /** The designs grouped by point, in the order their first design appears; unknowns left out. */
  private static List<Spot> spots(DecisionResults.Tenant t) {
    Map<List<Double>, List<DecisionResults.Design>> byPoint = new LinkedHashMap<>();
    for (DecisionResults.Design d : t.designs()) {
      if (Double.isFinite(d.annualCost()) && Double.isFinite(d.expectedAnnualLoss())) {
        byPoint
            .computeIfAbsent(
                List.of(d.annualCost(), d.expectedAnnualLoss(), half(d)), k -> new ArrayList<>())
            .add(d);
      }
    }
    return byPoint.values().stream().map(Spot::new).toList();
  }

  private static double half(DecisionResults.Design d) {
    double h = d.expectedAnnualLossCi95HalfWidth();
    return Double.isFinite(h) ? h : 0.0;
  }

  /**
   * Round totals, about {@value #TOTAL_LINES} of them, whose lines cross a plot that reaches {@code
   * reach} = right edge + top edge.
   */
  static List<Double> totals(double reach) {
    List<Double> totals = new ArrayList<>();
    if (!(reach > 0) || !Double.isFinite(reach)) {
      return totals;
    }
    double step = ChartStyle.roundStep(reach / TOTAL_LINES);
    for (int k = 1; k * step < reach; k++) {
      totals.add(k * step);
    }
    return totals;
  }

  /**
   * The part of the line {@code x + y = total} inside {@code [0, right] × [0, top]}, labelled where
   * points rarely are: on the top edge when it starts there, else at its lower end.
   */
  private static void totalLine(
      XYPlot plot,
      double total,
      double right,
      double top,
      Color colour,
      Stroke stroke,
      String label) {
    double x1 = Math.max(0, total - top);
    double x2 = Math.min(right, total);
    if (!(x1 < x2)) {
      return;
    }
    plot.addAnnotation(new XYLineAnnotation(x1, total - x1, x2, total - x2, stroke, colour));
    if (label.isEmpty()) {
      return;
    }
    XYTextAnnotation text;
    if (x1 > 0) {
      text = new XYTextAnnotation(" " + label, x1, total - x1);
      text.setTextAnchor(TextAnchor.TOP_LEFT);
    } else {
      text = new XYTextAnnotation(label + " ", x2, total - x2);
      text.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
    }
    text.setFont(LINE_LABEL);
    text.setPaint(colour);
    plot.addAnnotation(text);
  }

  private static Stroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 6f}, 0f);
  }

  private static String compact(double v) {
    NumberFormat f =
        NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.SHORT);
    f.setMaximumFractionDigits(2);
    return f.format(v);
  }
}
