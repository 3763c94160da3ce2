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
import org.outagesim.stats.RegionResult;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.ResolverSeries;
import org.outagesim.stats.Summary;
import org.outagesim.stats.TenantResult;

/**
 * Writes {@code timeseries.csv}: per minute (in order) and tenant (scenario order) the mean over
 * replications of every {@link MinuteSeries.Series} count, and the success ratio (successful
 * requests over requests) as the mean over the replications that had requests in that minute, with
 * the half-width of its 95% Student-t interval (empty with fewer than two such replications).
 * {@code time} is the wall-clock start of the minute in the scenario's own offset ({@code start +
 * minute}), ISO-8601 with seconds. Tenants without a series are left out.
 *
 * <p>After the tenants of each minute come the <b>region rows</b>: one per region whose internal
 * resolver has a capacity or was asked at all, with {@code tenant} empty and {@code region} set.
 * They hold the lookups that reached the resolver (every stub-resolver attempt, client and user
 * retry and health-check lookup of every tenant in the region), those that failed, their ratio
 * (mean over the replications with lookups in that minute, with its 95% half-width), the capacity
 * left (lookups per second, the mean over the minute) and the share of the minute the resolver was
 * busy; the last two are empty for a resolver without a capacity. Tenant rows leave the region
 * columns empty, and region rows the tenant columns.
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
    cols.addAll(REGION_COLUMNS);
    return cols;
  }

  /** The columns of the region rows, after the tenant columns. */
  public static final List<String> REGION_COLUMNS =
      List.of(
          "region",
          "lookups",
          "lookups_failed",
          "lookup_failure_share",
          "lookup_failure_share_ci95_half_width",
          "resolver_capacity",
          "resolver_utilisation");

  static void write(ExperimentResult result, Path dir) throws IOException {
    List<ReplicationResult> reps = result.replications();
    List<TenantResult> first = reps.isEmpty() ? List.of() : reps.get(0).tenants();
    List<RegionResult> regions = reps.isEmpty() ? List.of() : reps.get(0).regions();
    int minutes =
        first.stream()
            .filter(t -> t.series() != null)
            .mapToInt(t -> t.series().minutes())
            .max()
            .orElse(0);
    List<Integer> shown = shownRegions(reps, regions.size());
    int tenantCells = columns().size() - 3 - REGION_COLUMNS.size();
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
        row.addAll(java.util.Collections.nCopies(REGION_COLUMNS.size(), null));
        rows.add(row);
      }
      for (int g : shown) {
        List<Object> row = new ArrayList<>(List.of(m, time, ""));
        row.addAll(java.util.Collections.nCopies(tenantCells, null));
        row.addAll(regionCells(reps, g, m));
        rows.add(row);
      }
    }
    new CsvTable(columns()).write(dir.resolve(NAME), rows);
  }

  /** Regions whose resolver has a capacity or saw a lookup in some replication. */
  private static List<Integer> shownRegions(List<ReplicationResult> reps, int regions) {
    List<Integer> out = new ArrayList<>();
    for (int g = 0; g < regions; g++) {
      boolean show = false;
      for (ReplicationResult r : reps) {
        RegionResult region = r.regions().get(g);
        show |= region.limited() || total(region.series()) > 0;
      }
      if (show) {
        out.add(g);
      }
    }
    return out;
  }

  private static long total(ResolverSeries s) {
    long n = 0;
    for (int m = 0; m < s.minutes(); m++) {
      n += s.lookups(m);
    }
    return n;
  }

  private static List<Object> regionCells(List<ReplicationResult> reps, int region, int minute) {
    long lookups = 0;
    long failed = 0;
    double utilisation = 0;
    SummaryStatistics share = new SummaryStatistics();
    RegionResult any = reps.get(0).regions().get(region);
    for (ReplicationResult r : reps) {
      ResolverSeries s = r.regions().get(region).series();
      if (minute >= s.minutes()) {
        continue;
      }
      lookups += s.lookups(minute);
      failed += s.failed(minute);
      utilisation += s.utilisation(minute);
      if (s.lookups(minute) > 0) {
        share.addValue((double) s.failed(minute) / s.lookups(minute));
      }
    }
    MetricSummary ratio = Summary.of(share);
    int n = reps.size();
    boolean limited = any.limited();
    List<Object> cells = new ArrayList<>();
    cells.add(any.region());
    cells.add(Decimal.of((double) lookups / n));
    cells.add(Decimal.of((double) failed / n));
    cells.add(Decimal.of(ratio.mean()));
    cells.add(Decimal.of(ratio.halfWidth95()));
    cells.add(
        limited && minute < any.series().minutes()
            ? Decimal.of(any.series().capacity(minute))
            : null);
    cells.add(limited ? Decimal.of(utilisation / n) : null);
    return cells;
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
