package org.outagesim.sweep.run;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.Summary;

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
    SummaryStatistics s = new SummaryStatistics();
    for (TenantRow r : rows) {
      add(s, r.get(m));
    }
    return Summary.of(s);
  }

  /** Mean and 95% half-width of {@code point − baseline}, replication by replication. */
  static MetricSummary pairedDifference(List<TenantRow> point, List<TenantRow> baseline, Metric m) {
    SummaryStatistics s = new SummaryStatistics();
    for (int r = 0; r < Math.min(point.size(), baseline.size()); r++) {
      double a = point.get(r).get(m);
      double b = baseline.get(r).get(m);
      if (Double.isFinite(a) && Double.isFinite(b)) {
        s.addValue(a - b);
      }
    }
    return Summary.of(s);
  }

  /**
   * The Welch 95% half-width of the difference of means, as if the samples were independent: {@code
   * t(ν) × √(s₁²/n₁ + s₂²/n₂)} with the Welch–Satterthwaite degrees of freedom ν.
   */
  static double unpairedHalfWidth(List<TenantRow> point, List<TenantRow> baseline, Metric m) {
    SummaryStatistics a = new SummaryStatistics();
    SummaryStatistics b = new SummaryStatistics();
    point.forEach(r -> add(a, r.get(m)));
    baseline.forEach(r -> add(b, r.get(m)));
    if (a.getN() < 2 || b.getN() < 2) {
      return Double.NaN;
    }
    double va = a.getVariance() / a.getN();
    double vb = b.getVariance() / b.getN();
    double se2 = va + vb;
    if (se2 == 0) {
      return 0;
    }
    double dof = se2 * se2 / (va * va / (a.getN() - 1) + vb * vb / (b.getN() - 1));
    return new TDistribution(null, dof).inverseCumulativeProbability(0.975) * Math.sqrt(se2);
  }

  private static void add(SummaryStatistics s, double v) {
    if (Double.isFinite(v)) {
      s.addValue(v);
    }
  }
}
