package org.outagesim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outagesim.decision.Decision;
import org.outagesim.decision.DesignDecision;
import org.outagesim.decision.TenantDecision;

/**
 * The console form of a comparison's decision: per tenant its sentence, then one line per design
 * with the annual cost, the loss per incident (± 95% half-width), the expected annual loss, the
 * total, the break-even frequency against the current design and the chance of being best.
 */
final class DecisionTable {

  private static final String[] HEADINGS = {
    "design", "annual cost", "loss/incident", "exp. annual loss", "total", "break-even/yr", "best"
  };

  private DecisionTable() {}

  static String of(Decision d) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s incidents a year; money in %s%n",
            plain(d.incidentsPerYear()),
            d.currency() == null ? "the scenario's currency" : d.currency()));
    for (TenantDecision t : d.tenants()) {
      out.append(System.lineSeparator()).append(t.sentence()).append(System.lineSeparator());
      List<String[]> rows = new ArrayList<>();
      rows.add(HEADINGS);
      for (DesignDecision x : t.designs()) {
        rows.add(
            new String[] {
              (x.design().equals(t.best()) ? "* " : "  ") + x.design(),
              money(x.annualCost()),
              money(x.lossPerIncident()) + " ± " + money(x.lossPerIncidentCi95HalfWidth()),
              money(x.expectedAnnualLoss()),
              money(x.annualTotal()),
              Double.isNaN(x.breakEvenIncidentsPerYear())
                  ? "-"
                  : plain(x.breakEvenIncidentsPerYear()),
              String.format(Locale.ROOT, "%.0f%%", 100 * x.probabilityBest())
            });
      }
      out.append(align(rows));
    }
    return out.toString();
  }

  /** The rows as columns: the first left-aligned, the others right-aligned, two spaces apart. */
  static String align(List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < r.length; i++) {
        String cell = i == 0 ? pad(r[i], width[i], true) : pad(r[i], width[i], false);
        line.append(cell).append(i < r.length - 1 ? "  " : "");
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }

  private static String pad(String s, int width, boolean left) {
    String fill = " ".repeat(width - s.length());
    return left ? s + fill : fill + s;
  }

  private static String money(double v) {
    return Double.isNaN(v) ? "-" : Figures.of(Math.rint(v));
  }

  private static String plain(double v) {
    return new java.math.BigDecimal(v)
        .round(new java.math.MathContext(3))
        .stripTrailingZeros()
        .toPlainString();
  }
}
