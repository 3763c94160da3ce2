package org.outagesim.sweep.run;

import java.util.ArrayList;
import java.util.List;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.Problem;
import org.outagesim.scenario.ScenarioDocument;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

/**
 * The scenario of every point: the base file read once, then the plan's base overrides followed by
 * the point's own, validated — the same as {@code ScenarioLoader.load(file, base + point)} — and
 * then the point's {@link org.outagesim.sweep.ScenarioChange}. All points are loaded before
 * anything runs, so a bad value is reported before hours of simulation, and every problem of every
 * point at once.
 */
final class PointScenarios {

  private PointScenarios() {}

  /**
   * @throws ScenarioException with every problem; a problem that only some points have names the
   *     point it belongs to
   */
  static List<ScenarioSpec> load(SweepPlan plan) throws ScenarioException {
    ScenarioDocument document = ScenarioDocument.read(plan.scenarioFile());
    List<ScenarioSpec> specs = new ArrayList<>();
    List<List<Problem>> failures = new ArrayList<>();
    List<SweepPoint> failed = new ArrayList<>();
    for (SweepPoint point : plan.points()) {
      List<String> overrides = new ArrayList<>(plan.baseOverrides());
      overrides.addAll(point.overrides());
      try {
        specs.add(point.change().apply(document.withOverrides(overrides).toSpec()));
      } catch (ScenarioException e) {
        failures.add(e.problems());
        failed.add(point);
      }
    }
    if (failures.isEmpty()) {
      return specs;
    }
    if (failed.size() == plan.points().size() && failures.stream().distinct().count() == 1) {
      throw new ScenarioException(failures.get(0));
    }
    List<Problem> all = new ArrayList<>();
    for (int i = 0; i < failed.size(); i++) {
      String where = "sweep point " + failed.get(i).index() + " " + failed.get(i).values() + ": ";
      for (Problem p : failures.get(i)) {
        all.add(new Problem(p.file(), p.line(), p.path(), where + p.message()));
      }
    }
    throw new ScenarioException(all);
  }
}
