package org.outagesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Bars with 95% error bars, each bar in its own colour, drawn in the given order. With more than
 * {@value #MAX_VERTICAL_BARS} bars, or a label longer than {@value #MAX_VERTICAL_LABEL} characters,
 * they lie horizontally, first bar on top, so that every label stays readable; a legend, when
 * given, explains the colours.
 */
final class ErrorBarChart {

  static final int MAX_VERTICAL_BARS = 8;
  static final int MAX_VERTICAL_LABEL = 14;

  /** One bar; an unknown ({@code NaN}) half-width draws no error bar. */
  record Bar(String label, double mean, double ci95HalfWidth, Color colour) {}

  private ErrorBarChart() {}

  static JFreeChart draw(
      String title, String subtitle, String valueLabel, List<Bar> bars, List<LegendItem> legend) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (Bar b : bars) {
      Double half = Double.isFinite(b.ci95HalfWidth()) ? Double.valueOf(b.ci95HalfWidth()) : null;
      data.add(Double.valueOf(b.mean()), half, "mean", b.label());
    }
    boolean horizontal =
        bars.size() > MAX_VERTICAL_BARS
            || bars.stream().anyMatch(b -> b.label().length() > MAX_VERTICAL_LABEL);
    CategoryAxis labels = ChartStyle.axis(new CategoryAxis(null));
    labels.setMaximumCategoryLabelLines(2);
    labels.setMaximumCategoryLabelWidthRatio(horizontal ? 0.3f : 1f);
    if (bars.size() > 24) {
      labels.setTickLabelFont(ChartStyle.SMALL_TICK_LABEL);
    }
    labels.setCategoryMargin(horizontal ? 0.25 : 0.35);
    double max =
        bars.stream()
            .mapToDouble(
                b -> b.mean() + (Double.isFinite(b.ci95HalfWidth()) ? b.ci95HalfWidth() : 0))
            .max()
            .orElse(0);
    NumberAxis values = ChartStyle.countAxis(valueLabel, max, 1.08);
    CategoryPlot plot = new CategoryPlot(data, labels, values, renderer(bars));
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    if (!legend.isEmpty()) {
      LegendItemCollection items = new LegendItemCollection();
      legend.forEach(items::add);
      plot.setFixedLegendItems(items);
    }
    return ChartStyle.chart(title, subtitle, plot, !legend.isEmpty());
  }

  /** A legend entry: a square of the colour. */
  static LegendItem legendItem(String label, Color colour) {
    LegendItem item = new LegendItem(label, colour);
    item.setLabelFont(ChartStyle.LEGEND);
    return item;
  }

  private static StatisticalBarRenderer renderer(List<Bar> bars) {
    StatisticalBarRenderer renderer =
        new StatisticalBarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return bars.get(column).colour();
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setErrorIndicatorPaint(Color.BLACK);
    renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
    renderer.setMaximumBarWidth(0.12);
    return renderer;
  }
}
