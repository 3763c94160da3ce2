package org.outagesim.sweep.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.outagesim.stats.Metric;

/**
 * A sweep as written by the user, before the points are checked against the scenario: what a sweep
 * file or the {@code --vary} options said, with the places needed to report problems.
 *
 * @param source the sweep file's name, or {@code --vary}
 * @param scenarioFile the scenario, resolved against the sweep file's folder
 * @param design {@code grid}, {@code points} or {@code latin-hypercube}
 * @param parameters the varied paths, in column order
 * @param parameterPlaces where each path was written, for problems that concern the path itself
 * @param points the points, in run order
 * @param replications replications per point, or {@code null} for the scenario's
 * @param metrics the summary metrics
 * @param baseline which point the others are compared with
 * @param precision precision-based stopping, or {@code null}
 */
record SweepDraft(
    String source,
    Path scenarioFile,
    String design,
    List<String> parameters,
    Map<String, Place> parameterPlaces,
    List<DraftPoint> points,
    Integer replications,
    List<Metric> metrics,
    BaselineChoice baseline,
    PrecisionDraft precision) {

  /**
   * One point as written.
   *
   * @param values path → value text, in parameter order
   * @param place where the point was written (the design's line for grids and hypercubes)
   */
  record DraftPoint(Map<String, String> values, Place place) {}

  /**
   * Precision-based stopping as written; {@code maxReplications} is checked against the replication
   * count once the scenario's default is known.
   */
  record PrecisionDraft(Metric metric, double relative, int maxReplications, Place place) {}
}
