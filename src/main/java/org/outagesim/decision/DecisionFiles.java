package org.outagesim.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.CsvTable;
import org.outagesim.report.Decimal;
import org.outagesim.report.ReportJson;
import org.outagesim.sweep.ComparisonPlan;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.run.SweepOutputs;
import org.outagesim.sweep.run.SweepRows;

/**
 * Writes a comparison's {@code decision.csv} (tidy: one row per tenant and design) and {@code
 * decision.json} (the same rows per tenant, with each design's outcome metrics, the sentence and
 * the facts of the analysis). Keeps the {@link Decision} for the console.
 */
public final class DecisionFiles implements SweepOutputs {

  /** The tidy table. */
  public static final String CSV = "decision.csv";

  /** The same with the sentences and outcome metrics. */
  public static final String JSON = "decision.json";

  /** The columns of {@code decision.csv}, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "tenant",
          "design",
          "strategy",
          "n",
          "loss_per_incident",
          "loss_per_incident_ci95_half_width",
          "expected_annual_loss",
          "expected_annual_loss_ci95_half_width",
          "annual_cost",
          "annual_total",
          "break_even_incidents_per_year",
          "annual_loss_p50",
          "annual_loss_p95",
          "annual_loss_p99",
          "probability_best");

  private final ComparisonPlan plan;
  private Decision decision;

  public DecisionFiles(ComparisonPlan plan) {
    this.plan = plan;
  }

  @Override
  public Map<String, String> files(SweepPlan sweep, List<ScenarioSpec> scenarios, SweepRows rows) {
    decision = DecisionAnalysis.analyse(plan, scenarios, rows);
    Map<String, String> out = new LinkedHashMap<>();
    out.put(CSV, csv(decision));
    try {
      out.put(JSON, ReportJson.toJson(decision));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + JSON, e);
    }
    return out;
  }

  /** The decision of the finished comparison; {@code null} before it has finished. */
  public Decision decision() {
    return decision;
  }

  /** {@code decision.csv} of {@code d}. */
  public static String csv(Decision d) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.copyOf(COLUMNS));
    for (TenantDecision t : d.tenants()) {
      for (DesignDecision x : t.designs()) {
        List<Object> row = new ArrayList<>();
        row.add(x.tenant());
        row.add(x.design());
        row.add(x.strategy());
        row.add(x.n());
        row.add(Decimal.cell(x.lossPerIncident()));
        row.add(Decimal.cell(x.lossPerIncidentCi95HalfWidth()));
        row.add(Decimal.cell(x.expectedAnnualLoss()));
        row.add(Decimal.cell(x.expectedAnnualLossCi95HalfWidth()));
        row.add(Decimal.cell(x.annualCost()));
        row.add(Decimal.cell(x.annualTotal()));
        row.add(Decimal.cell(x.breakEvenIncidentsPerYear()));
        row.add(Decimal.cell(x.annualLossP50()));
        row.add(Decimal.cell(x.annualLossP95()));
        row.add(Decimal.cell(x.annualLossP99()));
        row.add(Decimal.cell(x.probabilityBest()));
        rows.add(row);
      }
    }
    return CsvTable.lines(rows);
  }
}
