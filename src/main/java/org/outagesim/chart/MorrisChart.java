package org.outagesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Morris screening of one metric: each uncertain value at (μ*, σ) of its elementary effects,
 * labelled with its rank and path, and the line σ = μ* (above it, the effect depends strongly on
 * where the other values are: non-linear or interacting).
 */
final class MorrisChart implements Chart<SensitivityResults> {
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

  private final String metric;

  MorrisChart(String metric) {
    this.metric = metric;
  }

  @Override
  public String name() {
    return Charts.MORRIS_PREFIX + metric;
  }

  @Override
  public JFreeChart draw(SensitivityResults r) {
    List<SensitivityResults.Effect> effects =
        r.morris().stream().filter(e -> e.metric().equals(metric)).toList();
    XYSeries points = new XYSeries("values", false, true);
    double maxX = 0;
    double maxY = 0;
    for (SensitivityResults.Effect e : effects) {
      double sigma = Double.isFinite(e.sigma()) ? e.sigma() : 0;
      if (Double.isFinite(e.muStar())) {
        points.add(e.muStar(), sigma);
        maxX = Math.max(maxX, e.muStar());
        maxY = Math.max(maxY, sigma);
      }
    }
    XYSeriesCollection data = new XYSeriesCollection(points);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, Palette.ACTIVE_PASSIVE);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
    NumberAxis x = ChartStyle.countAxis("μ* (mean |elementary effect|)", maxX, 1.25);
    NumberAxis y = ChartStyle.countAxis("σ (standard deviation of the effects)", maxY, 1.2);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    ChartStyle.grid(plot);
    for (SensitivityResults.Effect e : effects) {
      if (Double.isFinite(e.muStar())) {
        XYTextAnnotation t =
            new XYTextAnnotation(
                "  " + e.rank() + ". " + e.parameter(),
                e.muStar(),
                Double.isFinite(e.sigma()) ? e.sigma() : 0);
        t.setTextAnchor(
            e.muStar() > 0.6 * x.getUpperBound()
                ? TextAnchor.BOTTOM_RIGHT
                : TextAnchor.BOTTOM_LEFT);
        t.setFont(LABEL);
        plot.addAnnotation(t);
      }
    }
    double top = Math.min(x.getUpperBound(), y.getUpperBound());
    plot.addAnnotation(
        new XYLineAnnotation(
            0,
            0,
            top,
            top,
            new BasicStroke(
                1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 5f}, 0f),
            Color.GRAY));
    return ChartStyle.chart(
        "Morris screening of " + metric,
        "effects per unit of each value's 5th-95th percentile range; dashed: σ = μ*",
        plot,
        false);
  }
}
