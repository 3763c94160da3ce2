package org.outagesim.sweep.run;

import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.sweep.SweepPlan;

/**
 * Files a kind of study writes beside the sweep's own, from the finished rows: a comparison's
 * {@code decision.csv}. Each is written like the summary, under a temporary name and renamed, and
 * must depend on the rows alone, so it is the same for every thread count and after a resume.
 */
public interface SweepOutputs {

  /**
   * The files to write, name → text, in writing order.
   *
   * @param scenarios every point's scenario, in plan order
   */
  Map<String, String> files(SweepPlan plan, List<ScenarioSpec> scenarios, SweepRows rows);

  /** Writes nothing more. */
  SweepOutputs NONE = (plan, scenarios, rows) -> Map.of();
}
