package org.outagesim.chart;

import org.jfree.chart.JFreeChart;

/**
 * One chart drawn from results of type {@code R} ({@link RunResults} for a run). A chart is a small
 * class: its file name and how it draws itself; {@link ChartFiles} renders it to PNG and SVG.
 *
 * @param <R> what the chart is drawn from
 */
public interface Chart<R> {

  /** Base name of its files in {@code charts/}, e.g. {@code success-ratio}. */
  String name();

  /** Whether these results have what the chart shows; a chart that does not apply is not drawn. */
  default boolean appliesTo(R results) {
    return true;
  }

  /** Draws the chart from the results alone. */
  JFreeChart draw(R results);
}
