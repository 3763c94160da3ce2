package org.outagesim.scenario;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the scenario's {@code currency}: an ISO 4217 code such as {@code KRW} or {@code USD}, in
 * which every {@code orderValue} and so every revenue figure is given. It labels money in the
 * console, the charts and the report; it converts nothing.
 */
final class CurrencyReader {

  private CurrencyReader() {}

  /** The code, or {@code null} when the scenario names no currency. */
  static String read(Field f) {
    Node.Scalar s = f.scalar("an ISO 4217 currency code like KRW or USD");
    if (s == null) {
      return null;
    }
    String code = s.text().strip();
    if (known().contains(code)) {
      return code;
    }
    String upper = code.toUpperCase(Locale.ROOT);
    String hint =
        known().contains(upper)
            ? ", did you mean '" + upper + "'?"
            : ClosestName.hint(code, known());
    f.problem("expected an ISO 4217 currency code like KRW or USD, got '" + code + "'" + hint);
    return null;
  }

  private static Set<String> known() {
    Set<String> codes = new TreeSet<>();
    Currency.getAvailableCurrencies().forEach(c -> codes.add(c.getCurrencyCode()));
    return codes;
  }
}
