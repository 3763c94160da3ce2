package org.outagesim.stats;

/**
 * Per-minute load of one region's internal resolver in one replication. Minute {@code m} covers
 * simulation time {@code [60 m, 60 (m + 1))}: a lookup counts in the minute it is made, and the
 * resolver's busy time in the minutes it is spent.
 */
public final class ResolverSeries implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] lookups;
  private final long[] failed;
  private final double[] busyS;
  private final double[] capacity;

  /**
   * @param minutes minutes in the horizon
   * @param capacity the mean capacity (lookups per second) over each minute; its length is {@code
   *     minutes}
   */
  public ResolverSeries(int minutes, double[] capacity) {
    if (capacity.length != minutes) {
      throw new IllegalArgumentException(capacity.length + " capacities for " + minutes + " min");
    }
    this.lookups = new long[minutes];
    this.failed = new long[minutes];
    this.busyS = new double[minutes];
    this.capacity = capacity.clone();
  }

  public int minutes() {
    return lookups.length;
  }

  private int minute(double t) {
    return Math.min(lookups.length - 1, Math.max(0, (int) (t / 60.0)));
  }

  /** Counts a lookup made at {@code t} and whether it failed. */
  public void lookup(double t, boolean didFail) {
    int m = minute(t);
    lookups[m]++;
    if (didFail) {
      failed[m]++;
    }
  }

  /** Counts the resolver busy over {@code [from, to)}, split over the minutes it spans. */
  public void busy(double from, double to) {
    double a = Math.max(0.0, from);
    while (a < to) {
      int m = minute(a);
      double end = m == lookups.length - 1 ? to : Math.min(to, 60.0 * (m + 1));
      busyS[m] += end - a;
      a = end;
    }
  }

  /** Lookups made in minute {@code m}, counting every attempt and retry. */
  public long lookups(int m) {
    return lookups[m];
  }

  /** Lookups made in minute {@code m} that failed (timed out, dropped, SERVFAIL or NXDOMAIN). */
  public long failed(int m) {
    return failed[m];
  }

  /** Seconds of minute {@code m} the resolver spent working. */
  public double busyS(int m) {
    return busyS[m];
  }

  /** The mean capacity over minute {@code m}, lookups per second. */
  public double capacity(int m) {
    return capacity[m];
  }

  /**
   * The share of minute {@code m} the resolver was busy, 0 to 1; 1 in a minute when it had no
   * capacity left and lookups were offered, 0 when none were.
   */
  public double utilisation(int m) {
    if (capacity[m] <= 0.0) {
      return lookups[m] > 0 ? 1.0 : 0.0;
    }
    return Math.min(1.0, busyS[m] / 60.0);
  }
}
