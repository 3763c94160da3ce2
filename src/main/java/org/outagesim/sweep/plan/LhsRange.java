package org.outagesim.sweep.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The range of one Latin-hypercube dimension and how a unit coordinate becomes a scenario value.
 *
 * <ul>
 *   <li>{@link Kind#INTEGER} (both bounds integers): [min, max + 1) is stratified and the value
 *       rounded down, so every integer of [min, max] is equally likely and, when there are as many
 *       samples as integers, each integer appears exactly once;
 *   <li>{@link Kind#DECIMAL}: min + u × (max − min), written as a plain decimal rounded to six
 *       significant digits of the range's width ({@code [0, 1]} → 6 decimals, {@code [10, 5000]} →
 *       2);
 *   <li>{@link Kind#DURATION}: the same in seconds, written with unit {@code s} and at least
 *       millisecond precision ({@code 42.5s}, {@code 137.812s}).
 * </ul>
 *
 * @param path the scenario path this range varies
 * @param kind how bounds were written and values are formatted
 * @param min lower bound (seconds for durations)
 * @param max upper bound, greater than min
 */
record LhsRange(String path, Kind kind, double min, double max) {

  /** How the bounds were written. */
  enum Kind {
    INTEGER,
    DECIMAL,
    DURATION
  }

  /** The value for the unit coordinate {@code u} in [0, 1), as override text. */
  String valueAt(double u) {
    return switch (kind) {
      case INTEGER -> {
        long value = (long) Math.floor(min + u * (max - min + 1));
        yield Long.toString(Math.min(value, (long) max));
      }
      case DURATION -> plain(min + u * (max - min), Math.max(3, decimals())) + "s";
      default -> plain(min + u * (max - min), decimals());
    };
  }

  /** Decimals that keep six significant digits of the width, never fewer than 0. */
  private int decimals() {
    return Math.max(0, 6 - (int) Math.ceil(Math.log10(max - min)));
  }

  private static String plain(double value, int decimals) {
    BigDecimal rounded =
        new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    String text = rounded.toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
