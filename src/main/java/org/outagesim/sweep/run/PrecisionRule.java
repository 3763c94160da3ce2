package org.outagesim.sweep.run;

import org.outagesim.stats.MetricSummary;
import org.outagesim.sweep.SweepPlan.Precision;

/**
 * When precision-based stopping stops. The target holds when the 95% half-width is at most {@code
 * relative × |mean|}; so a mean of 0 with a half-width of 0 holds, and a half-width that cannot be
 * formed (fewer than two values) does not. Replications are added in rounds as large as the first
 * (a common choice that roughly shrinks the half-width by √2 per round early on and keeps the
 * number of rounds small), never past the maximum.
 */
final class PrecisionRule {

  private PrecisionRule() {}

  static boolean met(MetricSummary s, double relative) {
    return !Double.isNaN(s.halfWidth95()) && s.halfWidth95() <= relative * Math.abs(s.mean());
  }

  /**
   * The replication count after the next round, given {@code current} now and the first round's
   * size.
   */
  static int nextCount(int current, int firstRound, Precision precision) {
    return Math.min(current + firstRound, precision.maxReplications());
  }

  /** Checks settings that would make no sense. */
  static void check(Precision p, int firstRound) {
    if (p.metric() == null) {
      throw new IllegalArgumentException("precision-based stopping needs a metric");
    }
    if (!(p.relative() > 0)) {
      throw new IllegalArgumentException("relative precision must be above 0, got " + p.relative());
    }
    if (p.maxReplications() < firstRound) {
      throw new IllegalArgumentException(
          "maximum replications ("
              + p.maxReplications()
              + ") must be at least the first round's "
              + firstRound);
    }
    if (firstRound < 2) {
      throw new IllegalArgumentException(
          "precision-based stopping needs at least 2 replications per round, got " + firstRound);
    }
  }
}
