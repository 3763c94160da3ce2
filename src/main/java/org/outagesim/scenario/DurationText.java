package org.outagesim.scenario;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenario's duration syntax: one or more {@code <number><unit>} parts with units
 * {@code ms s m h d}, e.g. {@code 250ms}, {@code 1.5s}, {@code 1h30m}, {@code 2d}. Units are
 * required, because a bare {@code 30} could mean seconds or minutes. A leading minus is
 * understood so that a negative value can be reported as out of range instead of as bad syntax.
 */
public final class DurationText {
  private static final String PARTS = "(\\d+(\\.\\d+)?(ms|s|m|h|d))+";
  private static final Pattern WHOLE = Pattern.compile("-?" + PARTS);
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

  /**
   * A non-negative duration as a JSON Schema (ECMA-262) pattern: {@link #parseSeconds}'s syntax
   * without the minus, which is read only to be reported as out of range.
   */
  public static final String SCHEMA_PATTERN = "^" + PARTS + "$";

  /** A duration of zero seconds as a JSON Schema pattern, e.g. {@code 0s} or {@code 0m0.0s}. */
  public static final String ZERO_SCHEMA_PATTERN = "^(0+(\\.0+)?(ms|s|m|h|d))+$";

  /** What a user is shown when a value is not a duration. */
  static final String EXPECTED = "expected a duration like 30s, 5m or 1h30m";

  private DurationText() {}

  /** Seconds, or empty when the text is not a duration. */
  public static OptionalDouble parseSeconds(String text) {
    String t = text.strip();
    if (!WHOLE.matcher(t).matches()) {
      return OptionalDouble.empty();
    }
    double seconds = 0;
    Matcher m = PART.matcher(t);
    while (m.find()) {
      seconds += Double.parseDouble(m.group(1)) * unitSeconds(m.group(2));
    }
    return OptionalDouble.of(t.startsWith("-") ? -seconds : seconds);
  }

  private static double unitSeconds(String unit) {
    switch (unit) {
      case "ms":
        return 0.001;
      case "s":
        return 1;
      case "m":
        return 60;
      case "h":
        return 3600;
      default:
        return 86400;
    }
  }

  /** A compact text for a number of seconds, e.g. {@code 1h30m} or {@code 250ms}. */
  static String format(double seconds) {
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
