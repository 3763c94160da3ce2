package org.outagesim.report;

import java.math.BigDecimal;

/**
 * How a {@code double} appears in an output file: the shortest decimal that reads back as the same
 * {@code double} ({@link Double#toString}), without exponent and without trailing zeros, so {@code
 * 52000000.0} is written {@code 52000000} and {@code 0.25} stays {@code 0.25}. The text does not
 * depend on the locale, so equal records give equal bytes.
 */
public final class Decimal {

  private Decimal() {}

  /** The cell of a metric value that never happened before the horizon ({@code +Infinity}). */
  public static final String NEVER = "inf";

  /**
   * The cell of a per-replication metric value: {@link #of} for a finite value, empty for {@code
   * NaN} (does not apply), {@value #NEVER} for {@code +Infinity} (never happened), which pandas, R
   * and Python's {@code float} read as infinity.
   */
  public static Object cell(double value) {
    return value == Double.POSITIVE_INFINITY ? NEVER : of(value);
  }

  /** A cell written by {@link #cell} read back. */
  public static double parseCell(String cell) {
    if (cell == null || cell.isEmpty()) {
      return Double.NaN;
    }
    return NEVER.equals(cell) ? Double.POSITIVE_INFINITY : Double.parseDouble(cell);
  }

  /** The exact decimal to write, or {@code null} (an empty cell / JSON null) for {@code NaN}. */
  public static BigDecimal of(double value) {
    if (Double.isNaN(value)) {
      return null;
    }
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("infinite value has no decimal form");
    }
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
