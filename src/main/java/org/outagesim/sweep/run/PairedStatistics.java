package org.outagesim.sweep.run;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.Summary;

/**
 * Mean and interval of one point's values, and of the difference of two points' values taken
 * replication by replication (paired: replication {@code r} of every point used the same random
 * numbers) or as independent samples (Welch). Values that are not finite ("never", "does not
 * apply") are left out, and so is a pair with one.
 */
public final class PairedStatistics {

  private PairedStatistics() {}

  /** Mean and 95% half-width of the finite values. */
  public static MetricSummary summary(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      add(s, v);
    }
    return Summary.of(s);
  }

  /** Mean and 95% half-width of {@code a[r] − b[r]} over the replications both have. */
  public static MetricSummary pairedDifference(double[] a, double[] b) {
    SummaryStatistics s = new SummaryStatistics();
    for (int r = 0; r < Math.min(a.length, b.length); r++) {
      if (Double.isFinite(a[r]) && Double.isFinite(b[r])) {
        s.addValue(a[r] - b[r]);
      }
    }
    return Summary.of(s);
  }

  /**
   * The Welch 95% half-width of the difference of means, as if the samples were independent: {@code
   * t(ν) × √(s₁²/n₁ + s₂²/n₂)} with the Welch–Satterthwaite degrees of freedom ν.
   */
  public static double unpairedHalfWidth(double[] a, double[] b) {
    SummaryStatistics sa = new SummaryStatistics();
    SummaryStatistics sb = new SummaryStatistics();
    for (double v : a) {
      add(sa, v);
    }
    for (double v : b) {
      add(sb, v);
    }
    if (sa.getN() < 2 || sb.getN() < 2) {
      return Double.NaN;
    }
    double va = sa.getVariance() / sa.getN();
    double vb = sb.getVariance() / sb.getN();
    double se2 = va + vb;
    if (se2 == 0) {
      return 0;
    }
    double dof = se2 * se2 / (va * va / (sa.getN() - 1) + vb * vb / (sb.getN() - 1));
    return new TDistribution(null, dof).inverseCumulativeProbability(0.975) * Math.sqrt(se2);
  }

  private static void add(SummaryStatistics s, double v) {
    if (Double.isFinite(v)) {
      s.addValue(v);
    }
  }
}
