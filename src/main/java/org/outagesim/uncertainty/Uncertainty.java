package org.outagesim.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.CsvTable;
import org.outagesim.report.Decimal;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.Summary;
import org.outagesim.sweep.AssumptionPlan;
import org.outagesim.sweep.run.SweepRows;

/**
 * The answer's uncertainty: per tenant (and {@code all}) and metric, the base case with its
 * simulation interval and the range over the Latin-hypercube samples of the assumptions, with the
 * variance split by {@link VarianceComponents}. Percentiles over samples are the R-7 estimate (as
 * R's and NumPy's defaults). A metric that has a non-finite value in some replication of a sample
 * ("never", or "does not apply") gets empty sample statistics.
 *
 * @param currency ISO 4217 code of revenue, or {@code null}
 * @param samples samples of the assumptions
 * @param replications replications per sample
 * @param paths the uncertain paths
 * @param rows one per tenant and metric, tenants in scenario order then {@code all}
 * @param headlines for each metric of all tenants together, the one-line summary
 */
public record Uncertainty(
    String currency,
    int samples,
    int replications,
    List<String> paths,
    List<UncertaintyRow> rows,
    Map<String, String> headlines) {

  /** The columns of {@code uncertainty.csv}, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "tenant",
          "metric",
          "base_mean",
          "base_half_width",
          "mean",
          "p5",
          "p95",
          "assumption_sd",
          "noise_sd");

  /** The file's name. */
  public static final String CSV = "uncertainty.csv";

  public Uncertainty {
    paths = List.copyOf(paths);
    rows = List.copyOf(rows);
    headlines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headlines));
  }

  /** Analyses the rows of a finished uncertainty study (point 0 the base case). */
  public static Uncertainty of(AssumptionPlan plan, List<ScenarioSpec> scenarios, SweepRows rows) {
    ScenarioSpec base = scenarios.get(0);
    List<String> tenants = new ArrayList<>();
    base.tenants().forEach(t -> tenants.add(t.id()));
    tenants.add(Summary.ALL);
    int n = rows.pointCount() - 1;
    List<UncertaintyRow> out = new ArrayList<>();
    Map<String, String> headlines = new java.util.LinkedHashMap<>();
    for (String tenant : tenants) {
      for (Metric m : plan.sweep().metrics()) {
        UncertaintyRow row = row(rows, tenant, m, n);
        out.add(row);
        if (tenant.equals(Summary.ALL)) {
          headlines.put(m.column(), Headline.of(m, base.currency(), row));
        }
      }
    }
    return new Uncertainty(base.currency(), n, rows.replications(), plan.paths(), out, headlines);
  }

  private static UncertaintyRow row(SweepRows rows, String tenant, Metric m, int n) {
    MetricSummary b = finite(rows.values(0, tenant, m));
    double[][] y = new double[n][];
    double[] means = new double[n];
    boolean finite = n >= 2;
    for (int i = 0; i < n && finite; i++) {
      y[i] = rows.values(i + 1, tenant, m);
      for (double v : y[i]) {
        finite &= Double.isFinite(v);
      }
      if (finite) {
        means[i] = new org.apache.commons.math3.stat.descriptive.moment.Mean().evaluate(y[i]);
      }
    }
    if (!finite) {
      return new UncertaintyRow(
          tenant,
          m.column(),
          b.mean(),
          b.halfWidth95(),
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN);
    }
    Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
    VarianceComponents c = VarianceComponents.of(y);
    SummaryStatistics s = new SummaryStatistics();
    for (double v : means) {
      s.addValue(v);
    }
    return new UncertaintyRow(
        tenant,
        m.column(),
        b.mean(),
        b.halfWidth95(),
        s.getMean(),
        p.evaluate(means, 5),
        p.evaluate(means, 95),
        c.assumptionSd(),
        c.noiseSd());
  }

  private static MetricSummary finite(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      if (Double.isFinite(v)) {
        s.addValue(v);
      }
    }
    return Summary.of(s);
  }

  /** The row of a tenant (or {@code all}) and metric; {@code null} when there is none. */
  public UncertaintyRow row(String tenant, String metric) {
    return rows.stream()
        .filter(r -> r.tenant().equals(tenant) && r.metric().equals(metric))
        .findFirst()
        .orElse(null);
  }

  /**
   * What {@code summary.json} holds of it: the study's size, the uncertain paths, the one-line
   * summaries and the rows of all tenants together.
   */
  public record SummaryEntry(
      int samples,
      int replications,
      List<String> parameters,
      Map<String, String> headlines,
      List<UncertaintyRow> all) {}

  /** The entry for {@code summary.json}. */
  public SummaryEntry summaryEntry() {
    return new SummaryEntry(
        samples,
        replications,
        paths,
        headlines,
        rows.stream().filter(r -> r.tenant().equals(Summary.ALL)).toList());
  }

  /** {@code uncertainty.csv}. */
  public String csv() {
    List<List<Object>> table = new ArrayList<>();
    table.add(List.copyOf(COLUMNS));
    for (UncertaintyRow r : rows) {
      table.add(
          List.of(
              r.tenant(),
              r.metric(),
              Decimal.cell(r.baseMean()),
              Decimal.cell(r.baseHalfWidth()),
              Decimal.cell(r.mean()),
              Decimal.cell(r.p5()),
              Decimal.cell(r.p95()),
              Decimal.cell(r.assumptionSd()),
              Decimal.cell(r.noiseSd())));
    }
    return CsvTable.lines(table);
  }
}
