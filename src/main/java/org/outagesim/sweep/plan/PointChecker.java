package org.outagesim.sweep.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.Problem;
import org.outagesim.scenario.ScenarioDocument;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.sweep.plan.SweepDraft.DraftPoint;

/**
 * Checks before anything runs that the scenario is valid under the base overrides and under each
 * point's overrides, so that a sweep does not stop at its fortieth point. The scenario file is read
 * once; each point's overrides are applied to a copy and validated.
 *
 * <p>The scenario's problems are passed on as the scenario loader words them. A problem with a
 * varied path itself (an unknown key, a missing tenant id) does not depend on the value, so it is
 * reported once, at the place the path was written; every other problem is reported per point,
 * prefixed with the point's index and values ({@code point 3 (tenants[x].deployment.ttl=-5s): ...})
 * and placed where the point was written instead of at {@code --set}.
 */
final class PointChecker {
  private static final String SET = "--set";

  private PointChecker() {}

  /**
   * Checks the scenario and every point of the draft, reporting their problems.
   *
   * @return the scenario's replication count under the base overrides, or empty when the scenario
   *     itself is invalid (its problems are reported and the points are not checked)
   */
  static OptionalInt check(SweepDraft draft, List<String> baseOverrides, PlanProblems problems) {
    ScenarioDocument base;
    ScenarioSpec spec;
    try {
      base = ScenarioDocument.read(draft.scenarioFile()).withOverrides(baseOverrides);
      spec = base.toSpec();
    } catch (ScenarioException e) {
      problems.addAll(e.problems());
      return OptionalInt.empty();
    }
    if (draft.points() != null) {
      for (int i = 0; i < draft.points().size(); i++) {
        checkPoint(base, i, draft.points().get(i), draft.parameterPlaces(), problems);
      }
    }
    return OptionalInt.of(spec.replications());
  }

  private static void checkPoint(
      ScenarioDocument base,
      int index,
      DraftPoint point,
      Map<String, Place> parameterPlaces,
      PlanProblems problems) {
    List<String> overrides = overrides(point);
    try {
      base.withOverrides(overrides).toSpec();
    } catch (ScenarioException e) {
      for (Problem p : e.problems()) {
        boolean aboutOverride = SET.equals(p.file()) && overrides.contains(p.path());
        if (aboutOverride && !p.message().startsWith("invalid value")) {
          String parameter = p.path().substring(0, p.path().indexOf('='));
          problems.add(parameterPlaces.get(parameter), parameter, p.message());
        } else {
          problems.add(pointProblem(index, point, p, aboutOverride));
        }
      }
    }
  }

  private static Problem pointProblem(
      int index, DraftPoint point, Problem p, boolean aboutOverride) {
    boolean fromPoint = SET.equals(p.file());
    String key = aboutOverride || p.path().isEmpty() ? "" : p.path() + ": ";
    return new Problem(
        fromPoint ? point.place().file() : p.file(),
        fromPoint ? point.place().line() : p.line(),
        "",
        label(index, point) + ": " + key + p.message());
  }

  /** {@code point 3 (a=1, b=10s)}. */
  static String label(int index, DraftPoint point) {
    return "point " + index + " (" + String.join(", ", overrides(point)) + ")";
  }

  private static List<String> overrides(DraftPoint point) {
    List<String> out = new ArrayList<>();
    point.values().forEach((path, value) -> out.add(path + "=" + value));
    return out;
  }
}
