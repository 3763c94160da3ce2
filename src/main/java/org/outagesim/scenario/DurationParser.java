package org.outagesim.scenario;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the scenario's duration syntax ({@link DurationFormat} writes it): one or more {@code
 * <number><unit>} parts with units {@code ms s m h d}, e.g. {@code 250ms}, {@code 1.5s}, {@code
 * 1h30m}, {@code 2d}. Units are required, because a bare {@code 30} could mean seconds or minutes.
 * A leading minus is understood so that a negative value can be reported as out of range instead of
 * as bad syntax.
 */
public final class DurationParser {
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

  private DurationParser() {}

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
    return switch (unit) {
      case "ms" -> 0.001;
      case "s" -> 1;
      case "m" -> 60;
      case "h" -> 3600;
      default -> 86400;
    };
  }
}
