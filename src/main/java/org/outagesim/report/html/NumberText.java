package org.outagesim.report.html;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers read in the report: thousands separated by commas, a decimal point, whatever the
 * machine's locale, and as many decimals as the size of the number warrants (none from 100 up, one
 * from 10, two below), so a table column does not list digits that the confidence interval makes
 * meaningless. A value that does not apply ({@code NaN}) is the empty string.
 */
final class NumberText {

  /** Keeps a unit or sign on the line of its number. */
  static final String NO_BREAK_SPACE = "\u00a0";

  private static final DecimalFormatSymbols SYMBOLS = symbols();

  private NumberText() {}

  /** {@code value} with decimals chosen by its size. */
  static String of(double value) {
    return fixed(value, decimalsFor(value));
  }

  /** {@code value} with exactly {@code decimals} decimals (trailing zeros kept). */
  static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "";
    }
    DecimalFormat f =
        new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
    f.setRoundingMode(RoundingMode.HALF_UP);
    String s = f.format(value);
    return isNegativeZero(s) ? s.substring(1) : s;
  }

  /**
   * {@code mean ± halfWidth}, both with the decimals the mean needs (the half-width's if the mean
   * is zero); just the mean when there is no interval. Every figure with an interval in the report
   * is a count, an amount or a duration, which cannot be negative: an interval reaching below zero
   * is shown clipped, as {@code mean (0 – upper)}.
   */
  static String withInterval(double mean, double halfWidth) {
    if (Double.isNaN(mean)) {
      return "";
    }
    if (Double.isNaN(halfWidth)) {
      return of(mean);
    }
    int decimals = mean == 0 ? decimalsFor(halfWidth) : decimalsFor(mean);
    if (mean - halfWidth < 0) {
      return fixed(mean, decimals) + " (0 – " + fixed(mean + halfWidth, decimals) + ")";
    }
    return fixed(mean, decimals) + " ±" + NO_BREAK_SPACE + fixed(halfWidth, decimals);
  }

  /** {@code mean ± halfWidth} for a quantity that may be negative (a difference): never clipped. */
  static String signedInterval(double mean, double halfWidth) {
    if (Double.isNaN(mean)) {
      return "";
    }
    if (Double.isNaN(halfWidth)) {
      return of(mean);
    }
    int decimals = mean == 0 ? decimalsFor(halfWidth) : decimalsFor(mean);
    return fixed(mean, decimals) + " ±" + NO_BREAK_SPACE + fixed(halfWidth, decimals);
  }

  /** An amount of money: grouped, no decimals from 100 up, then the ISO code if there is one. */
  static String money(String figure, String currency) {
    return currency == null || figure.isEmpty() ? figure : figure + NO_BREAK_SPACE + currency;
  }

  /**
   * A share (0.0123) as a percentage ({@code 1.23 %}, a no-break space before the sign): one
   * decimal from 10 %, two below.
   */
  static String percent(double share) {
    if (Double.isNaN(share)) {
      return "";
    }
    double p = share * 100;
    return fixed(p, Math.abs(p) >= 10 ? 1 : 2) + NO_BREAK_SPACE + "%";
  }

  /** Decimals by size: 0 from 100, 1 from 10, 2 from 1, 3 below (0 for zero). */
  static int decimalsFor(double value) {
    double a = Math.abs(value);
    if (a == 0 || a >= 100 || Double.isNaN(a)) {
      return 0;
    }
    return a >= 10 ? 1 : a >= 1 ? 2 : 3;
  }

  private static boolean isNegativeZero(String s) {
    return s.startsWith("-") && s.chars().skip(1).allMatch(c -> c == '0' || c == '.' || c == ',');
  }

  private static DecimalFormatSymbols symbols() {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
    s.setGroupingSeparator(',');
    s.setDecimalSeparator('.');
    s.setMinusSign('-');
    return s;
  }
}
