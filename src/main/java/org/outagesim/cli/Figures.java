package org.outagesim.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers in console tables: short ({@code 2.13 M}, {@code 840.5 k}, {@code 12.3}), {@code -} for
 * none.
 */
final class Figures {

  private Figures() {}

  static String of(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (Double.isInfinite(v)) {
      return "never";
    }
    double a = Math.abs(v);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.2f G", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M", v / 1e6);
    }
    if (a >= 1e3) {
      return String.format(Locale.ROOT, "%.1f k", v / 1e3);
    }
    if (a >= 100 || v == 0) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
