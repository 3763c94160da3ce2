package org.outagesim.uncertainty;

import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.sweep.AssumptionPlan;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.run.SweepOutputs;
import org.outagesim.sweep.run.SweepRows;

/**
 * Analyses a finished uncertainty study and keeps the {@link Uncertainty}; it writes nothing into
 * the study's own folder, since {@code uncertainty.csv} goes beside the run's files.
 */
public final class UncertaintyFiles implements SweepOutputs {
  private final AssumptionPlan plan;
  private Uncertainty result;

  public UncertaintyFiles(AssumptionPlan plan) {
    this.plan = plan;
  }

  @Override
  public Map<String, String> files(SweepPlan sweep, List<ScenarioSpec> scenarios, SweepRows rows) {
    result = Uncertainty.of(plan, scenarios, rows);
    return Map.of();
  }

  /** The analysis; {@code null} before the study has finished. */
  public Uncertainty result() {
    return result;
  }
}
