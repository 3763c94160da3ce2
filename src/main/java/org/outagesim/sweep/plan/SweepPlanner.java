package org.outagesim.sweep.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.sweep.ComparisonPlan;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;
import org.outagesim.sweep.plan.SweepDraft.DraftPoint;
import org.outagesim.sweep.plan.SweepDraft.PrecisionDraft;

/**
 * Builds a validated {@link SweepPlan} from a sweep file or from {@code --vary} options. In order:
 *
 * <ol>
 *   <li>the sweep as written is read: keys, design (grid, explicit points or Latin hypercube),
 *       replications, metrics, baseline and precision;
 *   <li>the scenario is loaded under the base overrides ({@code --set}), which gives the default
 *       replication count;
 *   <li>every point's overrides are applied and the scenario validated, so that no point fails
 *       after others have run;
 *   <li>the baseline is found among the points and the precision's replication cap checked.
 * </ol>
 *
 * <p>Every problem of every step is collected and thrown at once as a {@link ScenarioException}
 * (the CLI prints one per line and exits with code 2): the sweep file's problems first, ordered by
 * line, then the scenario's and the points'.
 */
public final class SweepPlanner {

  private SweepPlanner() {}

  /**
   * Plans the sweep described by a sweep file.
   *
   * @param sweepFile the YAML sweep file; its {@code scenario} is relative to the file's folder
   * @param overrides {@code --set path=value} overrides applied to every point before its own
   * @throws ScenarioException with every problem of the sweep file, the scenario and the points
   */
  public static SweepPlan fromFile(Path sweepFile, List<String> overrides)
      throws ScenarioException {
    PlanProblems problems = new PlanProblems();
    SweepDraft draft = SweepFileReader.read(sweepFile, problems);
    if (draft != null && ComparisonPlan.KIND.equals(draft.design())) {
      problems.add(
          new Place(sweepFile.toString(), 0),
          "",
          "this is a comparison file: run `outagesim compare " + sweepFile + "`");
      problems.throwIfAny(sweepFile.toString());
    }
    List<String> all = new ArrayList<>(draft == null ? List.of() : draft.overrides());
    all.addAll(overrides);
    return plan(draft, all, problems, sweepFile.toString());
  }

  /**
   * Plans a full-grid sweep given on the command line.
   *
   * @param scenarioFile the scenario, as the user named it
   * @param overrides {@code --set path=value} overrides applied to every point before its own
   * @param varies {@code --vary PATH=v1,v2,...} texts, in option order (the last varies fastest)
   * @param replications {@code --replications}, or {@code null} for the scenario's
   * @param metrics {@code --metric} names (each may hold several separated by commas); empty or
   *     {@code null} for transactions_lost and revenue_lost
   * @param baseline {@code --baseline} point index, or {@code null} for 0
   * @throws ScenarioException with every problem of the options, the scenario and the points
   */
  public static SweepPlan fromCommandLine(
      Path scenarioFile,
      List<String> overrides,
      List<String> varies,
      Integer replications,
      List<String> metrics,
      Integer baseline)
      throws ScenarioException {
    PlanProblems problems = new PlanProblems();
    SweepDraft draft =
        VaryOptions.read(scenarioFile, varies, replications, metrics, baseline, problems);
    return plan(draft, overrides, problems, null);
  }

  private static SweepPlan plan(
      SweepDraft draft, List<String> overrides, PlanProblems problems, String sweepFile)
      throws ScenarioException {
    if (draft == null) {
      problems.throwIfAny(sweepFile);
      throw new IllegalStateException("a sweep that cannot be read has problems");
    }
    OptionalInt scenarioReplications =
        draft.scenarioFile() == null
            ? OptionalInt.empty()
            : PointChecker.check(draft, overrides, problems);
    List<DraftPoint> points = draft.points();
    int baseline =
        points == null || points.isEmpty() || draft.baseline() == null
            ? -1
            : draft.baseline().resolve(points, problems);
    Integer replications =
        draft.replications() != null
            ? draft.replications()
            : scenarioReplications.isPresent()
                ? Integer.valueOf(scenarioReplications.getAsInt())
                : null;
    checkPrecision(draft.precision(), replications, problems);
    problems.throwIfAny(sweepFile);
    return new SweepPlan(
        draft.scenarioFile(),
        overrides,
        draft.design(),
        draft.parameters(),
        sweepPoints(points),
        replications,
        draft.metrics(),
        baseline,
        precision(draft.precision()));
  }

  private static void checkPrecision(
      PrecisionDraft precision, Integer replications, PlanProblems problems) {
    if (precision != null && replications != null && precision.maxReplications() < replications) {
      problems.add(
          precision.place(),
          "precision.maxReplications",
          "must be at least the replications per point ("
              + replications
              + "), got "
              + precision.maxReplications());
    }
  }

  private static List<SweepPoint> sweepPoints(List<DraftPoint> points) {
    List<SweepPoint> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      out.add(new SweepPoint(i, points.get(i).values()));
    }
    return out;
  }

  private static SweepPlan.Precision precision(PrecisionDraft p) {
    return p == null
        ? null
        : new SweepPlan.Precision(p.metric(), p.relative(), p.maxReplications());
  }
}
