package org.outagesim.sweep.run;

import java.math.BigDecimal;

/**
 * Numbers in sweep files follow docs/outputs.md ("Conventions for all files"): the shortest
 * decimal that reads back as the same {@code double}, no exponent, no trailing zeros, and an empty
 * cell for {@code NaN}. This repeats {@code report.Decimal}, which is package-private there.
 */
final class Cells {

  private Cells() {}

  /** The exact decimal to write, or {@code null} (an empty cell) for {@code NaN}. */
  static BigDecimal decimal(double value) {
    if (Double.isNaN(value)) {
      return null;
    }
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("infinite value has no decimal form");
    }
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** A cell read back: empty is {@code NaN}. */
  static double parse(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }
}
