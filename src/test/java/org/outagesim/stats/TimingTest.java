package org.outagesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.outagesim.stats.MinuteSeries.Series;

class TimingTest {

  /** Ten minutes, 100 requests each; {@code failures[m]} of them fail in minute m. */
  private static MinuteSeries series(int... failures) {
    MinuteSeries s = new MinuteSeries(failures.length);
    for (int m = 0; m < failures.length; m++) {
      for (int i = 0; i < 100; i++) {
        s.increment(Series.REQUESTS, m * 60 + 1);
        if (i < failures[m]) {
          s.increment(Series.FAILURES, m * 60 + 1);
        }
      }
    }
    return s;
  }

  @Test
  void recoveryIsTheFirstMinuteFromWhichEveryLaterMinuteIsBackToNormal() {
    MinuteSeries s = series(0, 0, 100, 80, 0, 30, 0, 0, 0, 0);
    Timing t = new Timing(150.0);
    // Minutes 2, 3 and 5 are bad; from minute 6 on all are at the pre-fault level.
    assertEquals(6 * 60 - 150.0, t.timeToRecover(s));
    assertEquals(2.0, t.downtimeMinutes(s));
  }

  @Test
  void aFaultAfterTheLastMinuteHasNoRecoveryTime() {
    MinuteSeries s = series(0, 0, 0);
    assertTrue(Double.isNaN(new Timing(180.0).timeToRecover(s)));
    assertTrue(Double.isNaN(new Timing(500.0).timeToRecover(s)));
    assertTrue(Double.isNaN(new Timing(Double.NaN).timeToRecover(s)));
  }

  @Test
  void aTenantStillFailingAtTheHorizonHasNotRecovered() {
    assertTrue(Double.isNaN(new Timing(60.0).timeToRecover(series(0, 50, 50))));
  }
}
