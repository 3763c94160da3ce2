package org.outagesim.scenario;

import java.math.BigDecimal;

/**
 * Writes seconds the way a scenario writes durations ({@link DurationParser} reads them): {@code
 * 8h}, {@code 1h30m}, {@code 84m}, {@code 1.5s}, {@code 250ms}, {@code 2d}; rounded to the
 * millisecond.
 */
public final class DurationFormat {

  private DurationFormat() {}

  /** A compact text for a number of seconds, e.g. {@code 1h30m} or {@code 250ms}. */
  public static String format(double seconds) {
    if (Double.isInfinite(seconds) || Double.isNaN(seconds)) {
      return String.valueOf(seconds);
    }
    if (seconds < 0) {
      return "-" + format(-seconds);
    }
    long wholeMs = Math.round(seconds * 1000);
    StringBuilder sb = new StringBuilder();
    long[] sizes = {86_400_000, 3_600_000, 60_000};
    String[] units = {"d", "h", "m"};
    for (int i = 0; i < sizes.length; i++) {
      if (wholeMs >= sizes[i]) {
        sb.append(wholeMs / sizes[i]).append(units[i]);
        wholeMs %= sizes[i];
      }
    }
    if (wholeMs > 0 || sb.length() == 0) {
      sb.append(wholeMs < 1000 && wholeMs > 0 ? wholeMs + "ms" : secondsText(wholeMs) + "s");
    }
    return sb.toString();
  }

  private static String secondsText(long ms) {
    return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
  }
}
