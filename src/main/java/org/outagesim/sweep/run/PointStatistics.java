package org.outagesim.sweep.run;

import java.util.List;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;

/**
 * Statistics of one tenant row across a point's replications, and of the difference between two
 * points.
 *
 * <p>The paired difference uses the replications both points ran: replication {@code r} of every
 * point draws the same random numbers (common random numbers), so the per-replication differences
 * cancel the noise the points share, and their Student-t interval is usually much narrower than the
 * unpaired (Welch) interval of the same two samples, which is reported beside it for comparison. A
 * replication where either value is empty ({@code NaN}) is left out of the pairs.
 */
final class PointStatistics {

  private PointStatistics() {}

  /** Mean and 95% half-width of the tenant's metric over the replications where it has a value. */
  static MetricSummary summary(List<TenantRow> rows, Metric m) {
    return PairedStatistics.summary(values(rows, m));
  }

  /** Mean and 95% half-width of {@code point − baseline}, replication by replication. */
  static MetricSummary pairedDifference(List<TenantRow> point, List<TenantRow> baseline, Metric m) {
    return PairedStatistics.pairedDifference(values(point, m), values(baseline, m));
  }

  /** The Welch 95% half-width of the difference of means; see {@link PairedStatistics}. */
  static double unpairedHalfWidth(List<TenantRow> point, List<TenantRow> baseline, Metric m) {
    return PairedStatistics.unpairedHalfWidth(values(point, m), values(baseline, m));
  }

  private static double[] values(List<TenantRow> rows, Metric m) {
    double[] out = new double[rows.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = rows.get(r).get(m);
    }
    return out;
  }
}
