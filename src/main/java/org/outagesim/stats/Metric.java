package org.outagesim.stats;

/**
 * The per-(replication, tenant) metrics, in the column order of {@code replications.csv}.
 *
 * <p>{@link Aggregation} says how the all-tenants figure of one replication is formed: counts and
 * money are summed; latencies come from the merged latency distribution of all tenants; timing
 * metrics take the worst (largest) tenant value; the failed-request share is the failed requests of
 * all tenants over their requests.
 *
 * <p>A value is {@code NaN} where the metric does not apply (e.g. {@code time_to_failover_s} of a
 * single-region tenant, or of a tenant no fault touches), and {@code +Infinity} where it applies
 * but the event never happened before the horizon (a shallow-checked tenant that never failed
 * over). Statistics across replications count the second kind apart ({@link MetricSummary#never}).
 */
public enum Metric {
  SESSIONS("sessions", Aggregation.SUM),
  REQUESTS("requests", Aggregation.SUM),
  REQUESTS_FAILED("requests_failed", Aggregation.SUM),
  FAILED_REQUEST_SHARE("failed_request_share", Aggregation.SHARE),
  FAILED_PUBLIC_DNS("failed_public_dns", Aggregation.SUM),
  FAILED_INTERNAL_DNS("failed_internal_dns", Aggregation.SUM),
  FAILED_UNREACHABLE("failed_unreachable", Aggregation.SUM),
  FAILED_OVERLOAD("failed_overload", Aggregation.SUM),
  RETRIES("retries", Aggregation.SUM),
  TRANSACTIONS_INTENDED("transactions_intended", Aggregation.SUM),
  TRANSACTIONS_COMPLETED("transactions_completed", Aggregation.SUM),
  TRANSACTIONS_DEFERRED("transactions_deferred", Aggregation.SUM),
  TRANSACTIONS_LOST("transactions_lost", Aggregation.SUM),
  TRANSACTIONS_PENDING("transactions_pending", Aggregation.SUM),
  REVENUE_LOST("revenue_lost", Aggregation.SUM),
  ORDERS_AT_RISK("orders_at_risk", Aggregation.SUM),
  DOWNTIME_MINUTES("downtime_minutes", Aggregation.MAX),
  DEGRADED_MINUTES("degraded_minutes", Aggregation.MAX),
  TIME_TO_DETECT_S("time_to_detect_s", Aggregation.MAX),
  TIME_TO_FAILOVER_S("time_to_failover_s", Aggregation.MAX),
  TIME_TO_RECOVER_S("time_to_recover_s", Aggregation.MAX),
  LATENCY_MEAN_MS("latency_mean_ms", Aggregation.LATENCY),
  LATENCY_P50_MS("latency_p50_ms", Aggregation.LATENCY),
  LATENCY_P99_MS("latency_p99_ms", Aggregation.LATENCY);

  /** How one replication's tenant values combine into the all-tenants value. */
  public enum Aggregation {
    SUM,
    MAX,
    /** Failed requests over requests of all tenants together. */
    SHARE,
    LATENCY
  }

  private final String column;
  private final Aggregation aggregation;

  Metric(String column, Aggregation aggregation) {
    this.column = column;
    this.aggregation = aggregation;
  }

  /** The column name in CSV and the key in JSON. */
  public String column() {
    return column;
  }

  public Aggregation aggregation() {
    return aggregation;
  }

  /** Looks a metric up by its column name; {@code null} when there is none. */
  public static Metric byColumn(String column) {
    for (Metric m : values()) {
      if (m.column.equals(column)) {
        return m;
      }
    }
    return null;
  }
}
