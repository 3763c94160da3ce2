package org.outagesim.cli;

/**
 * Seconds written the way a scenario writes durations: {@code 8h}, {@code 1h30m}, {@code 84m},
 * {@code 250ms}, {@code 2d}; rounded to the millisecond.
 */
final class DurationText {

  private static final long[] UNIT_MS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
  private static final String[] UNIT = {"d", "h", "m", "s", "ms"};

  private DurationText() {}

  static String of(double seconds) {
    if (Double.isInfinite(seconds) || Double.isNaN(seconds)) {
      return String.valueOf(seconds);
    }
    long ms = Math.round(seconds * 1000.0);
    if (ms == 0) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder(ms < 0 ? "-" : "");
    ms = Math.abs(ms);
    for (int i = 0; i < UNIT_MS.length; i++) {
      if (ms >= UNIT_MS[i]) {
        sb.append(ms / UNIT_MS[i]).append(UNIT[i]);
        ms %= UNIT_MS[i];
      }
    }
    return sb.toString();
  }
}
