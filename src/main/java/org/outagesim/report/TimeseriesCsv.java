package org.outagesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.MinuteSeries;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.Summary;
import org.outagesim.stats.TenantResult;

/**
 * Writes {@code timeseries.csv}: per minute (in order) and tenant (scenario order) the mean over
 * replications of every {@link MinuteSeries.Series} count, and the success ratio (successful
 * requests over requests) as the mean over the replications that had requests in that minute, with
 * the half-width of its 95% Student-t interval (empty with fewer than two such replications).
 * {@code time} is the wall-clock start of the minute in the scenario's own offset ({@code start +
 * minute}), ISO-8601 with seconds. Tenants without a series are left out.
 */
public final class TimeseriesCsv {

  /** File name inside the output folder. */
  public static final String NAME = "timeseries.csv";

  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private TimeseriesCsv() {}

  /** The header. */
  public static List<String> columns() {
    List<String> cols = new ArrayList<>(List.of("minute", "time", "tenant"));
    for (MinuteSeries.Series s : MinuteSeries.Series.values()) {
      cols.add(s.column());
    }
    cols.add("success_ratio");
    cols.add("success_ratio_ci95_half_width");
    return cols;
  }

  static void write(ExperimentResult result, Path dir) throws IOException {
    List<ReplicationResult> reps = result.replications();
    List<TenantResult> first = reps.isEmpty() ? List.of() : reps.get(0).tenants();
    int minutes =
        first.stream()
            .filter(t -> t.series() != null)
            .mapToInt(t -> t.series().minutes())
            .max()
            .orElse(0);
    OffsetDateTime start = result.scenario().start();
    List<List<Object>> rows = new ArrayList<>();
    for (int m = 0; m < minutes; m++) {
      String time = ISO_SECONDS.format(start.plusMinutes(m));
      for (int i = 0; i < first.size(); i++) {
        if (first.get(i).series() == null) {
          continue;
        }
        List<Object> row = new ArrayList<>(List.of(m, time, first.get(i).tenant()));
        for (MinuteSeries.Series s : MinuteSeries.Series.values()) {
          row.add(Decimal.of(meanCount(reps, i, s, m)));
        }
        MetricSummary ratio = successRatio(reps, i, m);
        row.add(Decimal.of(ratio.mean()));
        row.add(Decimal.of(ratio.halfWidth95()));
        rows.add(row);
      }
    }
    new CsvTable(columns()).write(dir.resolve(NAME), rows);
  }

  private static MetricSummary successRatio(List<ReplicationResult> reps, int tenant, int minute) {
    SummaryStatistics stats = new SummaryStatistics();
    for (ReplicationResult r : reps) {
      MinuteSeries series = r.tenants().get(tenant).series();
      if (series != null && minute < series.minutes()) {
        long n = series.get(MinuteSeries.Series.REQUESTS, minute);
        if (n > 0) {
          stats.addValue(1.0 - (double) series.get(MinuteSeries.Series.FAILURES, minute) / n);
        }
      }
    }
    return Summary.of(stats);
  }

  private static double meanCount(
      List<ReplicationResult> reps, int tenant, MinuteSeries.Series s, int minute) {
    long sum = 0;
    for (ReplicationResult r : reps) {
      MinuteSeries series = r.tenants().get(tenant).series();
      if (series != null && minute < series.minutes()) {
        sum += series.get(s, minute);
      }
    }
    return (double) sum / reps.size();
  }
}
