package org.outagesim.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A batch's one chart: the lost revenue of every scenario that ran, with its 95% interval, in the
 * batch's order ({@code charts/batch-lost-revenue}).
 */
public final class BatchChart implements Chart<List<BatchChart.Bar>> {

  /** File base name. */
  public static final String NAME = "batch-lost-revenue";

  /** One scenario's lost revenue over all its tenants. */
  public record Bar(String scenario, double mean, double ci95HalfWidth) {}

  private final String subtitle;

  /**
   * @param subtitle the line under the title (e.g. the currency, when the scenarios share one)
   */
  public BatchChart(String subtitle) {
    this.subtitle = subtitle;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean appliesTo(List<Bar> bars) {
    return !bars.isEmpty();
  }

  @Override
  public JFreeChart draw(List<Bar> bars) {
    List<ErrorBarChart.Bar> drawn =
        bars.stream()
            .map(
                b ->
                    new ErrorBarChart.Bar(
                        b.scenario(), b.mean(), b.ci95HalfWidth(), Palette.NEUTRAL))
            .toList();
    return ErrorBarChart.draw(
        "Lost revenue per scenario", subtitle, "Lost revenue", drawn, List.of());
  }

  /** Draws the chart into {@code chartFolder}; returns the files written (none without bars). */
  public static List<Path> write(List<Bar> bars, String subtitle, Path chartFolder)
      throws IOException {
    return ChartFiles.write(List.of(new BatchChart(subtitle)), bars, chartFolder);
  }
}
