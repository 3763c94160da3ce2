package org.outagesim.sim;

import java.util.EnumMap;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.outagesim.model.Failure;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.stats.LatencyStats;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MinuteSeries;
import org.outagesim.stats.MinuteSeries.Series;
import org.outagesim.stats.Summary;
import org.outagesim.stats.TenantResult;
import org.outagesim.stats.Timing;

/**
 * Counts what happens to one tenant's sessions, requests and transactions in one replication.
 *
 * <p>The transaction ledger: a session with purchase intent adds one intended transaction when it
 * first arrives; it ends as exactly one of completed (on the first visit, or deferred on a return
 * visit), lost (the user gave up and did not come back) or pending (its next step falls after the
 * horizon). A request counts when its outcome is known, in the minute of that outcome.
 *
 * <p>Timing counts from the start of the first fault that touches the tenant ({@link
 * FaultIndex#firstStart}): the first detection (a failed probe, or the manual team's detection) and
 * the first authoritative switch at or after it, and the recovery, downtime and degraded minutes
 * (below the tenant's SLO) of {@link Timing}. An event time is {@code NaN} where it cannot happen
 * (no fault touches the tenant; detection and failover without a secondary and a health check or
 * manual failover) and {@code +Infinity} where it could but did not happen before the horizon.
 * Orders at risk: checkouts completed in a region within the replication lag before traffic moved
 * away from it.
 */
final class TenantRecorder {
  private final TenantSpec tenant;
  private final MinuteSeries series;
  private final Histogram latency = LatencyStats.newHistogram();
  private final long[] failures = new long[Failure.values().length];
  private long sessions;
  private long requests;
  private long retries;
  private long intended;
  private long completed;
  private long deferred;
  private long lost;
  private long pending;
  private final double firstFaultS;
  private final double lagS;
  private double detectedAt = Double.NaN;
  private double failedOverAt = Double.NaN;
  private final java.util.List<double[]> checkouts = new java.util.ArrayList<>();
  private final java.util.List<double[]> departures = new java.util.ArrayList<>();

  /**
   * @param firstFaultS start of the first fault that touches the tenant, {@code NaN} when there is
   *     none
   */
  TenantRecorder(TenantSpec tenant, double horizonS, double firstFaultS) {
    this.tenant = tenant;
    this.firstFaultS = firstFaultS;
    this.lagS = tenant.deployment().replicationLagS();
    this.series = new MinuteSeries(Math.max(1, (int) Math.ceil(horizonS / 60.0)));
  }

  void sessionArrived(boolean intent) {
    sessions++;
    if (intent) {
      intended++;
    }
  }

  void retry() {
    retries++;
  }

  void succeeded(double start, double end) {
    requests++;
    series.increment(Series.REQUESTS, end);
    latency.recordValue(Math.max(0L, Math.round((end - start) * 1e6)));
  }

  void failed(Failure why, double end) {
    requests++;
    failures[slot(why)]++;
    series.increment(Series.REQUESTS, end);
    series.increment(Series.FAILURES, end);
    series.increment(
        switch (why) {
          case PUBLIC_DNS -> Series.FAILED_PUBLIC_DNS;
          case INTERNAL_DNS -> Series.FAILED_INTERNAL_DNS;
          case UNREACHABLE -> Series.FAILED_UNREACHABLE;
          case OVERLOAD -> Series.FAILED_OVERLOAD;
        },
        end);
  }

  // failures is a plain array indexed by ordinal on purpose: counted on every failed request.
  @SuppressWarnings("EnumOrdinal")
  private static int slot(Failure why) {
    return why.ordinal();
  }

  void completed(boolean returning, double t, int region) {
    completed++;
    if (lagS > 0) {
      checkouts.add(new double[] {t, region});
    }
    if (returning) {
      deferred++;
    }
    series.increment(Series.TRANSACTIONS_COMPLETED, t);
  }

  void lost(double t) {
    lost++;
    series.increment(Series.TRANSACTIONS_LOST, t);
  }

  void pending() {
    pending++;
  }

  void detected(double t) {
    if (Double.isNaN(detectedAt) && t >= firstFaultS) {
      detectedAt = t;
    }
  }

  void failedOver(double t) {
    if (Double.isNaN(failedOverAt) && t >= firstFaultS) {
      failedOverAt = t;
    }
  }

  /** Traffic moved away from {@code region} at {@code t}. */
  void leftRegion(int region, double t) {
    if (lagS > 0) {
      departures.add(new double[] {t, region});
    }
  }

  private double ordersAtRisk() {
    long n = 0;
    for (double[] c : checkouts) {
      for (double[] d : departures) {
        if (c[1] == d[1] && c[0] <= d[0] && c[0] >= d[0] - lagS) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** Whether the deployment has a mechanism that detects a fault and moves traffic. */
  private boolean canFailOver() {
    return tenant.deployment().secondary() != null
        && (tenant.deployment().healthCheck() != null || tenant.deployment().failover() != null);
  }

  /**
   * An event time as a metric value: {@code NaN} when the event cannot happen to this tenant (does
   * not apply), {@code +Infinity} when it could but did not happen before the horizon.
   */
  private static double eventTime(boolean applies, double seconds) {
    if (!applies) {
      return Double.NaN;
    }
    return Double.isNaN(seconds) ? Double.POSITIVE_INFINITY : seconds;
  }

  TenantResult result() {
    Timing timing = new Timing(firstFaultS);
    long failed = java.util.Arrays.stream(failures).sum();
    Map<Metric, Double> v = new EnumMap<>(Metric.class);
    v.put(Metric.SESSIONS, (double) sessions);
    v.put(Metric.REQUESTS, (double) requests);
    v.put(Metric.REQUESTS_FAILED, (double) failed);
    v.put(Metric.FAILED_REQUEST_SHARE, Summary.share((double) failed, (double) requests));
    v.put(Metric.FAILED_PUBLIC_DNS, (double) failures[slot(Failure.PUBLIC_DNS)]);
    v.put(Metric.FAILED_INTERNAL_DNS, (double) failures[slot(Failure.INTERNAL_DNS)]);
    v.put(Metric.FAILED_UNREACHABLE, (double) failures[slot(Failure.UNREACHABLE)]);
    v.put(Metric.FAILED_OVERLOAD, (double) failures[slot(Failure.OVERLOAD)]);
    v.put(Metric.RETRIES, (double) retries);
    v.put(Metric.TRANSACTIONS_INTENDED, (double) intended);
    v.put(Metric.TRANSACTIONS_COMPLETED, (double) completed);
    v.put(Metric.TRANSACTIONS_DEFERRED, (double) deferred);
    v.put(Metric.TRANSACTIONS_LOST, (double) lost);
    v.put(Metric.TRANSACTIONS_PENDING, (double) pending);
    v.put(Metric.REVENUE_LOST, lost * tenant.session().orderValue());
    v.put(
        Metric.ORDERS_AT_RISK,
        tenant.deployment().secondary() == null ? Double.NaN : ordersAtRisk());
    v.put(Metric.DOWNTIME_MINUTES, timing.downtimeMinutes(series));
    v.put(Metric.DEGRADED_MINUTES, timing.minutesBelow(series, tenant.slo()));
    boolean failsOver = !Double.isNaN(firstFaultS) && canFailOver();
    v.put(Metric.TIME_TO_DETECT_S, eventTime(failsOver, detectedAt - firstFaultS));
    v.put(Metric.TIME_TO_FAILOVER_S, eventTime(failsOver, failedOverAt - firstFaultS));
    v.put(
        Metric.TIME_TO_RECOVER_S,
        eventTime(!Double.isNaN(firstFaultS), timing.timeToRecover(series)));
    for (Metric m :
        new Metric[] {Metric.LATENCY_MEAN_MS, Metric.LATENCY_P50_MS, Metric.LATENCY_P99_MS}) {
      v.put(m, LatencyStats.of(latency, m));
    }
    return new TenantResult(
        tenant.id(), tenant.sector(), tenant.deployment().strategy().key(), v, series, latency);
  }
}
