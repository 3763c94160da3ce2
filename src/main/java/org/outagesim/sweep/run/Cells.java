package org.outagesim.sweep.run;

import java.math.BigDecimal;
import org.outagesim.report.Decimal;

/**
 * Cells of the sweep files, which follow docs/outputs.md ("Conventions for all files") through
 * {@link Decimal}: the shortest decimal that reads back as the same {@code double}, no exponent, no
 * trailing zeros, and an empty cell for {@code NaN}.
 */
final class Cells {

  private Cells() {}

  /** The exact decimal to write, or {@code null} (an empty cell) for {@code NaN}. */
  static BigDecimal decimal(double value) {
    return Decimal.of(value);
  }

  /**
   * A per-replication metric cell: empty for {@code NaN}, {@code inf} for an event that never
   * happened.
   */
  static Object metric(double value) {
    return Decimal.cell(value);
  }

  /** A cell read back: empty is {@code NaN}, {@code inf} is {@code +Infinity}. */
  static double parse(String cell) {
    return Decimal.parseCell(cell);
  }
}
