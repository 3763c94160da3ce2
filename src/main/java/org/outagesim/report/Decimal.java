package org.outagesim.report;

import java.math.BigDecimal;

/**
 * How a {@code double} appears in an output file: the shortest decimal that reads back as the
 * same {@code double} ({@link Double#toString}), without exponent and without trailing zeros, so
 * {@code 52000000.0} is written {@code 52000000} and {@code 0.25} stays {@code 0.25}. The text
 * does not depend on the locale, so equal records give equal bytes.
 */
public final class Decimal {

  private Decimal() {}

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
