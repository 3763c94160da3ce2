package org.outagesim.stats;

import org.outagesim.stats.MinuteSeries.Series;

/**
 * Timing metrics read off a tenant's per-minute series.
 *
 * <ul>
 *   <li><b>downtime</b>: minutes in which the tenant had requests and fewer than half succeeded;
 *   <li><b>degraded minutes</b>: minutes in which the tenant had requests and its success ratio was
 *       below its SLO (a minute without requests breaks no SLO);
 *   <li><b>time to recover</b>: seconds from the first fault's start to the start of the first
 *       minute from which every later minute with requests has a success ratio of at least 99% of
 *       the tenant's no-fault level (its success ratio before the first fault, or 1.0 when there is
 *       no full minute before it). Empty when the scenario has no fault or the tenant has not
 *       recovered by the horizon.
 * </ul>
 */
public final class Timing {

  private static final double DOWN_BELOW = 0.5;
  private static final double RECOVERED_SHARE = 0.99;

  private final double firstFaultS;

  /**
   * @param firstFaultS start of the earliest fault, or {@code NaN} when there is none
   */
  public Timing(double firstFaultS) {
    this.firstFaultS = firstFaultS;
  }

  public double downtimeMinutes(MinuteSeries s) {
    return minutesBelow(s, DOWN_BELOW);
  }

  /**
   * Minutes with requests whose success ratio was below {@code target}; minutes without requests do
   * not count.
   */
  public double minutesBelow(MinuteSeries s, double target) {
    int below = 0;
    for (int m = 0; m < s.minutes(); m++) {
      long n = s.get(Series.REQUESTS, m);
      if (n > 0 && successRatio(s, m) < target) {
        below++;
      }
    }
    return below;
  }

  public double timeToRecover(MinuteSeries s) {
    if (Double.isNaN(firstFaultS)) {
      return Double.NaN;
    }
    int faultMinute = (int) Math.floor(firstFaultS / 60.0);
    if (faultMinute >= s.minutes()) {
      return Double.NaN;
    }
    double threshold = RECOVERED_SHARE * baseline(s, faultMinute);
    int recoveredFrom = -1;
    for (int m = s.minutes() - 1; m >= faultMinute; m--) {
      if (s.get(Series.REQUESTS, m) > 0 && successRatio(s, m) < threshold) {
        break;
      }
      recoveredFrom = m;
    }
    if (recoveredFrom < 0) {
      return Double.NaN;
    }
    return Math.max(0.0, recoveredFrom * 60.0 - firstFaultS);
  }

  private static double baseline(MinuteSeries s, int faultMinute) {
    long requests = 0;
    long failures = 0;
    for (int m = 0; m < faultMinute; m++) {
      requests += s.get(Series.REQUESTS, m);
      failures += s.get(Series.FAILURES, m);
    }
    return requests == 0 ? 1.0 : 1.0 - (double) failures / requests;
  }

  private static double successRatio(MinuteSeries s, int m) {
    return 1.0 - (double) s.get(Series.FAILURES, m) / s.get(Series.REQUESTS, m);
  }
}
