package org.outagesim.uncertainty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.ReportJson;
import org.outagesim.sweep.AssumptionPlan;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.run.SweepOutputs;
import org.outagesim.sweep.run.SweepRows;

/**
 * Writes a sensitivity study's {@code sensitivity.csv} (one-at-a-time) or {@code morris.csv}
 * (Morris), and {@code sensitivity.json} with the same and the facts of the study.
 */
public final class SensitivityFiles implements SweepOutputs {

  /** The one-at-a-time table. */
  public static final String CSV = "sensitivity.csv";

  /** The Morris table. */
  public static final String MORRIS_CSV = "morris.csv";

  /** Both, with the base values and the study's facts. */
  public static final String JSON = "sensitivity.json";

  private final AssumptionPlan plan;
  private Sensitivity result;

  public SensitivityFiles(AssumptionPlan plan) {
    this.plan = plan;
  }

  @Override
  public Map<String, String> files(SweepPlan sweep, List<ScenarioSpec> scenarios, SweepRows rows) {
    result = Sensitivity.of(plan, scenarios, rows);
    Map<String, String> out = new LinkedHashMap<>();
    if (plan.kind() == AssumptionPlan.Kind.MORRIS) {
      out.put(MORRIS_CSV, result.morrisCsv());
    } else {
      out.put(CSV, result.csv());
    }
    try {
      out.put(JSON, ReportJson.toJson(result));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + JSON, e);
    }
    return out;
  }

  /** The analysis; {@code null} before the study has finished. */
  public Sensitivity result() {
    return result;
  }
}
