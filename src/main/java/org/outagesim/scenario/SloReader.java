package org.outagesim.scenario;

import java.math.BigDecimal;
import org.outagesim.model.spec.TenantSpec;

/**
 * Reads an {@code slo}: the share of a minute's requests that must succeed, written as a percentage
 * ({@code 99.9%}) or as a ratio ({@code 0.999}), greater than 0 and at most 1.
 */
final class SloReader {
  private static final Range SLO = new Range(0, true, 1, "must be above 0% and at most 100%");
  private static final String EXPECTED = "expected a success ratio like 99.9% or 0.999";

  private SloReader() {}

  /** The scenario-level default for tenants that set none. */
  static double readDefault(Field f) {
    return read(f, TenantSpec.DEFAULT_SLO);
  }

  static double read(Field f, double def) {
    Node.Scalar s = f.scalar("a success ratio like 99.9% or 0.999");
    if (s == null) {
      return def;
    }
    String text = s.text().strip();
    boolean percent = text.endsWith("%");
    BigDecimal value;
    try {
      value = new BigDecimal(percent ? text.substring(0, text.length() - 1).strip() : text);
    } catch (NumberFormatException e) {
      f.problem(EXPECTED + ", got " + s.describe());
      return def;
    }
    double ratio = percent ? value.movePointLeft(2).doubleValue() : value.doubleValue();
    if (!SLO.contains(ratio)) {
      f.problem(SLO.rule() + ", got " + s.text());
      return def;
    }
    return ratio;
  }
}
