package org.outagesim.report.html;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Simulation time (seconds from the scenario start) as the wall-clock text a reader expects: times
 * in the start's offset, durations in hours, minutes and seconds. English month and day names
 * whatever the machine's locale.
 */
final class WallClock {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm:ss", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME_SECONDS =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private final OffsetDateTime start;

  WallClock(OffsetDateTime start) {
    this.start = start;
  }

  /** The wall-clock instant {@code seconds} after the start. */
  OffsetDateTime instant(double seconds) {
    return start.plusNanos(Math.round(seconds * 1e9));
  }

  /** {@code Thu 22 Nov 2018, 08:00:00 (UTC+09:00)}. */
  String dateTime(double seconds) {
    OffsetDateTime t = instant(seconds);
    return DATE_TIME.format(t) + " (UTC" + t.getOffset().getId().replace("Z", "+00:00") + ")";
  }

  /** {@code 08:20}, or {@code 08:20:30} when the seconds are not zero. */
  String time(double seconds) {
    OffsetDateTime t = instant(seconds);
    return (t.getSecond() == 0 && t.getNano() == 0 ? TIME : TIME_SECONDS).format(t);
  }

  /** {@code 23 Nov}: for a label where the day differs from the start's. */
  String day(double seconds) {
    return DAY.format(instant(seconds));
  }

  boolean sameDayAsStart(double seconds) {
    return instant(seconds).toLocalDate().equals(start.toLocalDate());
  }

  /** Seconds since midnight in the start's offset, of {@code seconds} after the start. */
  double secondOfDay(double seconds) {
    return instant(seconds).toLocalTime().toNanoOfDay() / 1e9;
  }

  /** {@code 2 h 37 min}, {@code 60 min}, {@code 90 s}, {@code 1 h 0 min 5 s}. */
  static String duration(double seconds) {
    if (Double.isNaN(seconds)) {
      return "";
    }
    Duration d = Duration.ofMillis(Math.round(seconds * 1000));
    long h = d.toHours();
    long min = d.toMinutesPart();
    double s = d.toSecondsPart() + d.toMillisPart() / 1000.0;
    StringBuilder sb = new StringBuilder();
    if (h > 0) {
      sb.append(h).append(" h");
    }
    if (min > 0 || (h > 0 && s > 0)) {
      sb.append(sb.length() > 0 ? " " : "").append(min).append(" min");
    }
    if (s > 0 || sb.length() == 0) {
      sb.append(sb.length() > 0 ? " " : "").append(NumberText.of(s)).append(" s");
    }
    return sb.toString();
  }
}
