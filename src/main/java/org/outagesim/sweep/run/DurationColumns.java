package org.outagesim.sweep.run;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import org.outagesim.report.Decimal;
import org.outagesim.scenario.DurationParser;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

/**
 * The numeric companions of duration parameters in the sweep files: a parameter whose values at
 * every point are durations written with units ({@code 10s}, {@code 5m}) gets a column {@code
 * <parameter>_s} with the same value in seconds, right after the parameter columns, so pandas and R
 * can plot it without parsing units. Parameters that are plain numbers are numeric already and get
 * none; other parameters (designs, choices) neither.
 */
final class DurationColumns {
  static final String SUFFIX = "_s";

  private final List<String> parameters;

  DurationColumns(SweepPlan plan) {
    this.parameters =
        plan.parameters().stream().filter(p -> allDurations(plan.points(), p)).toList();
  }

  /** The column names, in parameter order. */
  List<String> names() {
    return parameters.stream().map(p -> p + SUFFIX).toList();
  }

  int size() {
    return parameters.size();
  }

  /** The seconds of each duration parameter at {@code point}. */
  List<BigDecimal> cells(SweepPoint point) {
    return parameters.stream()
        .map(p -> Decimal.of(seconds(point.values().get(p)).orElse(Double.NaN)))
        .toList();
  }

  private static boolean allDurations(List<SweepPoint> points, String parameter) {
    boolean anyUnit = false;
    for (SweepPoint point : points) {
      String v = point.values().get(parameter);
      if (v == null || seconds(v).isEmpty()) {
        return false;
      }
      anyUnit |= !isPlainNumber(v);
    }
    return anyUnit && !points.isEmpty();
  }

  private static OptionalDouble seconds(String text) {
    return text == null ? OptionalDouble.empty() : DurationParser.parseSeconds(text.strip());
  }

  private static boolean isPlainNumber(String v) {
    try {
      new BigDecimal(v.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
