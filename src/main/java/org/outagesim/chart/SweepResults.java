package org.outagesim.chart;

import java.util.List;
import java.util.Map;

/**
 * What sweep charts are drawn from: the all-tenants row of each point in {@code sweep-summary.csv}.
 *
 * @param parameters the varied parameter paths, in column order
 * @param metrics the metrics summarised, e.g. {@code transactions_lost}
 * @param points the points in file order
 */
public record SweepResults(List<String> parameters, List<String> metrics, List<Point> points) {

  public SweepResults {
    parameters = List.copyOf(parameters);
    metrics = List.copyOf(metrics);
    points = List.copyOf(points);
  }

  /**
   * One point's all-tenants results.
   *
   * @param index the point's index
   * @param values parameter path → value as written in the file
   * @param estimates metric → mean and 95% half-width over replications
   */
  public record Point(int index, Map<String, String> values, Map<String, Estimate> estimates) {}
}
