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
 * @param overrides the file's {@code set}: overrides applied before the command line's {@code
 *     --set}
 * @param compare the comparison, when the plan is one ({@code design} is then {@code comparison})
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
    PrecisionDraft precision,
    List<String> overrides,
    CompareDraft compare) {

  SweepDraft {
    overrides = List.copyOf(overrides);
  }

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

  /**
   * A name as written, with where.
   *
   * @param text the name
   * @param place where it was written
   */
  record Named(String text, Place place) {}

  /**
   * A comparison as written: which tenants, which designs, and the facts of the decision.
   *
   * @param allTenants whether every tenant is switched ({@code '*'})
   * @param tenants the ids listed, when not all
   * @param tenantsPlace where the tenants were given
   * @param designs the design names listed, in order
   * @param designsPlace where the designs were given
   * @param secondary the secondary region for designs that need one, or {@code null}
   * @param incidentsPerYear the frequency given, or {@code null} for the scenario's
   */
  record CompareDraft(
      boolean allTenants,
      List<Named> tenants,
      Place tenantsPlace,
      List<Named> designs,
      Place designsPlace,
      Named secondary,
      Double incidentsPerYear) {
    CompareDraft {
      tenants = List.copyOf(tenants);
      designs = List.copyOf(designs);
    }
  }
}
