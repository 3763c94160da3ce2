package org.outagesim.sweep.plan;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the scenario's duration syntax ({@code 250ms}, {@code 1.5s}, {@code 1h30m}, {@code 2d})
 * for the bounds of Latin-hypercube ranges. The scenario package keeps its reader to itself; this
 * is the same grammar, so a bound that reads here reads there.
 */
final class DurationSeconds {
  private static final Pattern WHOLE = Pattern.compile("-?(\\d+(\\.\\d+)?(ms|s|m|h|d))+");
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

  private DurationSeconds() {}

  /** Seconds, or empty when the text is not a duration. */
  static OptionalDouble parse(String text) {
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
}
