package org.outagesim.report.html;

/**
 * The warning shown when a run has too few replications for its confidence intervals to mean much:
 * with {@code n} replications the 95% Student-t factor is t(0.975, n − 1), which is 12.7 for two
 * replications and 2.78 for five, so intervals from fewer than five are several times wider than
 * the noise they describe and often reach below zero.
 */
public final class FewReplications {

  /** Replications below which a run is warned about. */
  public static final int MINIMUM = 5;

  private FewReplications() {}

  /** The warning for a run of {@code n} replications ({@code n < MINIMUM}). */
  public static String warning(long n) {
    return "Only "
        + n
        + (n == 1 ? " replication" : " replications")
        + ": "
        + (n < 2
            ? "no confidence interval can be formed"
            : "the 95% intervals are wide and say little (Student-t factor "
                + String.format(
                    java.util.Locale.ROOT,
                    "%.1f",
                    new org.apache.commons.math3.distribution.TDistribution(null, n - 1)
                        .inverseCumulativeProbability(0.975))
                + ")")
        + "; use at least "
        + MINIMUM
        + " (--replications "
        + MINIMUM
        + " or more).";
  }
}
