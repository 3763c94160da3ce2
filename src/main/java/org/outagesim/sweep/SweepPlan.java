package org.outagesim.sweep;

import java.nio.file.Path;
import java.util.List;
import org.outagesim.stats.Metric;

/**
 * What a sweep runs: the base scenario, the points (each a set of overrides), and how many
 * replications each point gets. Every point uses the same replication indices 0, 1, …, so the same
 * random numbers (common random numbers): differences between points are not noise.
 *
 * @param scenarioFile the base scenario
 * @param baseOverrides overrides applied to every point before its own (e.g. from {@code --set})
 * @param design how the points were chosen: {@code grid}, {@code points} or {@code latin-hypercube}
 * @param parameters the varied parameter paths, in column order
 * @param points the points, in run order
 * @param replications replications per point (the minimum when precision-based stopping is on)
 * @param metrics the metrics reported in the summary and differences (all metrics in sweep.csv)
 * @param baseline index of the point the others are compared with
 * @param precision precision-based stopping, or {@code null} for a fixed replication count
 */
public record SweepPlan(
    Path scenarioFile,
    List<String> baseOverrides,
    String design,
    List<String> parameters,
    List<SweepPoint> points,
    int replications,
    List<Metric> metrics,
    int baseline,
    Precision precision) {

  public SweepPlan {
    baseOverrides = List.copyOf(baseOverrides);
    parameters = List.copyOf(parameters);
    points = List.copyOf(points);
    metrics = List.copyOf(metrics);
  }

  /**
   * Add replications until the 95% half-width of {@code metric} (all tenants together) is at most
   * {@code relative} × its mean at every point, up to {@code maxReplications}.
   */
  public record Precision(Metric metric, double relative, int maxReplications) {}
}
