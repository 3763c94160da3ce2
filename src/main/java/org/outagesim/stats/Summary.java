package org.outagesim.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Summaries across replications, per tenant and for all tenants.
 *
 * <p>The all-tenants value of a replication is formed first (see {@link Metric.Aggregation}), then
 * summarised like a tenant's, so its interval reflects the replication-to-replication variation of
 * the total.
 *
 * @param tenants one summary per tenant, in scenario order
 * @param all the all-tenants summary
 */
public record Summary(List<TenantSummary> tenants, TenantSummary all) {

  /** Tenant id of the all-tenants row. */
  public static final String ALL = "all";

  public Summary {
    tenants = List.copyOf(tenants);
  }

  /** Summarises replications that all hold the same tenants in the same order. */
  public static Summary of(List<ReplicationResult> replications) {
    if (replications.isEmpty()) {
      throw new IllegalArgumentException("no replications to summarise");
    }
    List<TenantResult> first = replications.get(0).tenants();
    List<TenantSummary> perTenant = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      List<TenantResult> column = new ArrayList<>();
      for (ReplicationResult r : replications) {
        column.add(r.tenants().get(i));
      }
      TenantResult t = first.get(i);
      perTenant.add(new TenantSummary(t.tenant(), t.sector(), t.strategy(), summarise(column)));
    }
    List<TenantResult> totals = new ArrayList<>();
    for (ReplicationResult r : replications) {
      totals.add(allTenants(r));
    }
    return new Summary(perTenant, new TenantSummary(ALL, "", "", summarise(totals)));
  }

  /** The all-tenants value of every metric for one replication. */
  public static TenantResult allTenants(ReplicationResult r) {
    Map<Metric, Double> values = new EnumMap<>(Metric.class);
    Histogram merged = new Histogram(3);
    for (TenantResult t : r.tenants()) {
      merged.add(t.latencyMicros());
    }
    for (Metric m : Metric.values()) {
      values.put(
          m,
          switch (m.aggregation()) {
            case SUM -> r.tenants().stream().mapToDouble(t -> t.get(m)).sum();
            case MAX ->
                r.tenants().stream()
                    .mapToDouble(t -> t.get(m))
                    .filter(v -> !Double.isNaN(v))
                    .max()
                    .orElse(Double.NaN);
            case SHARE ->
                share(
                    r.tenants().stream().mapToDouble(t -> t.get(Metric.REQUESTS_FAILED)).sum(),
                    r.tenants().stream().mapToDouble(t -> t.get(Metric.REQUESTS)).sum());
            case LATENCY -> LatencyStats.of(merged, m);
          });
    }
    return new TenantResult(ALL, "", "", values, null, merged);
  }

  /** {@code part / whole}, {@code NaN} when the whole is zero. */
  public static double share(double part, double whole) {
    return whole == 0 ? Double.NaN : part / whole;
  }

  private static Map<Metric, MetricSummary> summarise(List<TenantResult> results) {
    Map<Metric, MetricSummary> out = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      SummaryStatistics s = new SummaryStatistics();
      long never = 0;
      for (TenantResult t : results) {
        double v = t.get(m);
        if (v == Double.POSITIVE_INFINITY) {
          never++;
        } else if (!Double.isNaN(v)) {
          s.addValue(v);
        }
      }
      out.put(m, of(s).withNever(never));
    }
    return out;
  }

  /** Mean, standard deviation and 95% Student-t half-width of a sample. */
  public static MetricSummary of(SummaryStatistics s) {
    long n = s.getN();
    if (n == 0) {
      return new MetricSummary(0, Double.NaN, Double.NaN, Double.NaN);
    }
    if (n == 1) {
      return new MetricSummary(1, s.getMean(), Double.NaN, Double.NaN);
    }
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
    return new MetricSummary(
        n,
        s.getMean(),
        s.getStandardDeviation(),
        t * s.getStandardDeviation() / Math.sqrt((double) n));
  }
}
