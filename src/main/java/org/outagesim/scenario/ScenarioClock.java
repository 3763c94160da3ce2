package org.outagesim.scenario;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the {@code at} of faults and profile events into seconds from the scenario start. An {@code
 * at} is either a time of day ({@code "08:19"}, {@code "08:19:30"}), read as local time on the
 * start's date in the start's offset, or a duration offset from the start ({@code 2h10m}). A time
 * of day never wraps to the next day: later times are written as offsets.
 */
final class ScenarioClock {
  /** A time of day as a regular expression that must match the whole text. */
  static final String TIME_OF_DAY_REGEX = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?";

  /**
   * What {@link #readStart} accepts, as a regular expression that must match the whole text: an
   * approximation for editors (it does not check that the day exists), the parser decides.
   */
  static final String START_REGEX =
      "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|z|[+-]\\d{2}:\\d{2}(:\\d{2})?)";

  private static final Pattern TIME_OF_DAY = Pattern.compile(TIME_OF_DAY_REGEX);
  static final String START_EXAMPLE = "2018-11-22T06:00:00+09:00";

  private final OffsetDateTime start;

  ScenarioClock(OffsetDateTime start) {
    this.start = start;
  }

  /** Reads {@code start}; reports a problem and returns {@code null} when it is not usable. */
  static OffsetDateTime readStart(Field field) {
    Node.Scalar s = field.required().scalar("a date-time");
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s.text().strip().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      field.problem(
          "expected a date-time with offset like " + START_EXAMPLE + ", got " + s.describe());
      return null;
    }
  }

  /**
   * Seconds from the start, or empty after reporting a problem. With no usable start (already
   * reported), a time of day reads as empty without a further problem.
   */
  OptionalDouble readAt(Field field) {
    Node.Scalar s =
        field.required().scalar("a time of day like \"08:19\" or a duration like 2h10m");
    if (s == null) {
      return OptionalDouble.empty();
    }
    Matcher m = TIME_OF_DAY.matcher(s.text().strip());
    if (m.matches()) {
      return timeOfDay(field, s, m);
    }
    OptionalDouble offset =
        s.kind() == Node.Scalar.Kind.STRING
            ? DurationParser.parseSeconds(s.text())
            : OptionalDouble.empty();
    if (offset.isEmpty()) {
      field.problem(
          "expected a time of day like \"08:19\" or a duration like 2h10m, got " + s.describe());
    } else if (offset.getAsDouble() < 0) {
      field.problem("must not be negative, got " + s.text());
      return OptionalDouble.empty();
    }
    return offset;
  }

  private OptionalDouble timeOfDay(Field field, Node.Scalar s, Matcher m) {
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (hour > 23 || minute > 59 || second > 59) {
      field.problem("not a time of day: " + s.describe());
      return OptionalDouble.empty();
    }
    if (start == null) {
      return OptionalDouble.empty();
    }
    double seconds = LocalTime.of(hour, minute, second).toSecondOfDay() - secondOfDay();
    if (seconds < 0) {
      field.problem(
          "time of day "
              + s.text()
              + " is before the start ("
              + start.toLocalTime()
              + "); write a later time as an offset like 20h");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(seconds);
  }

  private double secondOfDay() {
    return start.toLocalTime().toSecondOfDay() + start.getNano() / 1e9;
  }
}
