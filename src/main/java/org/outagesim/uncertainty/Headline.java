package org.outagesim.uncertainty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.outagesim.stats.Metric;

/**
 * The one line a manager reads: "22,800 lost transactions (± 70 simulation); 15,000 – 31,000 given
 * the assumptions (90%)". Figures are rounded to three significant digits, the simulation
 * half-width to two.
 */
public final class Headline {

  private Headline() {}

  /** The line for a metric of all tenants together. */
  public static String of(Metric metric, String currency, UncertaintyRow row) {
    return round(row.baseMean(), 3)
        + " "
        + label(metric, currency)
        + " (± "
        + round(row.baseHalfWidth(), 2)
        + " simulation); "
        + round(row.p5(), 3)
        + " – "
        + round(row.p95(), 3)
        + " given the assumptions (90%)";
  }

  /** How a metric reads in a sentence. */
  static String label(Metric metric, String currency) {
    return switch (metric) {
      case TRANSACTIONS_LOST -> "lost transactions";
      case REVENUE_LOST -> (currency == null ? "" : currency + " ") + "lost revenue";
      case DEGRADED_MINUTES -> "degraded minutes";
      case REQUESTS_FAILED -> "failed requests";
      default -> metric.column();
    };
  }

  /** {@code v} rounded to {@code digits} significant digits, with thousands separators. */
  static String round(double v, int digits) {
    if (!Double.isFinite(v)) {
      return Double.isNaN(v) ? "n/a" : "never";
    }
    BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String s = f.format(r);
    return s.equals("-0") ? "0" : s;
  }
}
