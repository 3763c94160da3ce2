package org.outagesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.TenantSummary;

/**
 * Writes {@code summary.csv} in tidy long form: one row per (tenant, metric), tenants in scenario
 * order then the all-tenants row ({@code tenant = all}, empty sector and strategy), metrics in enum
 * order. {@code NaN} statistics (no value, or fewer than two) are empty cells. {@code n} counts the
 * replications with a value, {@code never} those in which the timed event never happened before the
 * horizon; both are 0 for a metric that does not apply to the tenant.
 */
public final class SummaryCsv {

  /** File name inside the output folder. */
  public static final String NAME = "summary.csv";

  /** The header. */
  public static final List<String> COLUMNS =
      List.of(
          "tenant", "sector", "strategy", "metric", "n", "never", "mean", "sd", "ci95_half_width");

  private SummaryCsv() {}

  static void write(ExperimentResult result, Path dir) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (TenantSummary t : result.summary().tenants()) {
      addRows(t, rows);
    }
    addRows(result.summary().all(), rows);
    new CsvTable(COLUMNS).write(dir.resolve(NAME), rows);
  }

  private static void addRows(TenantSummary t, List<List<Object>> rows) {
    for (Metric m : Metric.values()) {
      MetricSummary s = t.get(m);
      rows.add(
          Arrays.asList(
              t.tenant(),
              t.sector(),
              t.strategy(),
              m.column(),
              s.n(),
              s.never(),
              Decimal.of(s.mean()),
              Decimal.of(s.sd()),
              Decimal.of(s.halfWidth95())));
    }
  }
}
