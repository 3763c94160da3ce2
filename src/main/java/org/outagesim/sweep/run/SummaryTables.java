package org.outagesim.sweep.run;

import java.util.ArrayList;
import java.util.List;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.sweep.SweepPlan;

/**
 * The text of {@code sweep-summary.csv} and {@code sweep-differences.csv}: points in plan order,
 * within a point its tenants in scenario order and then {@code all}, metrics in plan order.
 */
final class SummaryTables {

  static final String SUMMARY = "sweep-summary.csv";
  static final String DIFFERENCES = "sweep-differences.csv";

  private final SweepPlan plan;
  private final List<PointRows> points;

  SummaryTables(SweepPlan plan, List<PointRows> points) {
    this.plan = plan;
    this.points = points;
  }

  /**
   * One row per (point, tenant): {@code point}, the parameters, {@code tenant}, {@code sector},
   * {@code strategy}, {@code n} (replications), then {@code <metric>_mean} and {@code
   * <metric>_ci95_half_width} for each plan metric.
   */
  String summary() {
    List<String> header = leading();
    header.addAll(List.of("tenant", "sector", "strategy", "n"));
    for (Metric m : plan.metrics()) {
      header.add(m.column() + "_mean");
      header.add(m.column() + "_ci95_half_width");
    }
    List<List<Object>> rows = new ArrayList<>();
    for (PointRows p : points) {
      for (int i = 0; i < p.tenants().size(); i++) {
        List<TenantRow> column = p.column(i);
        TenantRow first = column.get(0);
        List<Object> row = leading(p);
        row.addAll(List.of(first.tenant(), first.sector(), first.strategy(), column.size()));
        for (Metric m : plan.metrics()) {
          MetricSummary s = PointStatistics.summary(column, m);
          row.add(Cells.decimal(s.mean()));
          row.add(Cells.decimal(s.halfWidth95()));
        }
        rows.add(row);
      }
    }
    return table(header, rows);
  }

  /**
   * One row per (point, tenant, plan metric): the paired difference against the baseline point
   * ({@code n} pairs, mean, 95% half-width) and the unpaired (Welch) half-width for comparison. A
   * tenant the baseline does not have gets no row.
   */
  String differences() {
    List<String> header = leading();
    header.addAll(
        List.of(
            "tenant",
            "metric",
            "baseline_point",
            "n",
            "difference_mean",
            "difference_ci95_half_width",
            "unpaired_ci95_half_width"));
    PointRows baseline = points.get(plan.baseline());
    List<List<Object>> rows = new ArrayList<>();
    for (PointRows p : points) {
      for (String tenant : p.tenants()) {
        List<TenantRow> base = baseline.column(tenant);
        if (base.isEmpty()) {
          continue;
        }
        List<TenantRow> column = p.column(tenant);
        for (Metric m : plan.metrics()) {
          MetricSummary d = PointStatistics.pairedDifference(column, base, m);
          List<Object> row = leading(p);
          row.addAll(List.of(tenant, m.column(), plan.baseline(), d.n()));
          row.add(Cells.decimal(d.mean()));
          row.add(Cells.decimal(d.halfWidth95()));
          row.add(Cells.decimal(PointStatistics.unpairedHalfWidth(column, base, m)));
          rows.add(row);
        }
      }
    }
    return table(header, rows);
  }

  private List<String> leading() {
    List<String> cols = new ArrayList<>(List.of("point"));
    cols.addAll(plan.parameters());
    cols.addAll(new DurationColumns(plan).names());
    return cols;
  }

  private List<Object> leading(PointRows p) {
    List<Object> row = new ArrayList<>(List.of(p.point().index()));
    plan.parameters().forEach(path -> row.add(p.point().values().get(path)));
    row.addAll(new DurationColumns(plan).cells(p.point()));
    return row;
  }

  private static String table(List<String> header, List<List<Object>> rows) {
    List<List<Object>> all = new ArrayList<>();
    all.add(new ArrayList<>(header));
    all.addAll(rows);
    return CsvText.lines(all);
  }
}
