package org.outagesim.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * The one plain sentence per tenant that the report and the console print, derived from the numbers
 * alone. For example: "retail-1: active-passive-deep lowers the expected annual total from 4.1 M to
 * 2.9 M (best in 93% of resamples); it pays for itself above 0.4 incidents a year."
 */
final class DecisionSentence {

  private DecisionSentence() {}

  static String of(List<DesignDecision> designs, String best, double incidentsPerYear) {
    DesignDecision current = designs.get(0);
    DesignDecision chosen = designs.stream().filter(d -> d.design().equals(best)).findFirst().get();
    String tenant = current.tenant();
    List<DesignDecision> same =
        designs.stream().filter(d -> !d.design().equals(best) && sameNumbers(d, chosen)).toList();
    double shareBest =
        chosen.probabilityBest() + same.stream().mapToDouble(DesignDecision::probabilityBest).sum();
    String alike =
        same.isEmpty()
            ? ""
            : ", together with "
                + String.join(", ", same.stream().map(DesignDecision::design).toList())
                + ", which gives the same deployment";
    if (best.equals(current.design())) {
      DesignDecision next = runnerUp(designs);
      String head =
          String.format(
              Locale.ROOT,
              "%s: keeping the current design (%s) gives the lowest expected annual total, %s"
                  + " (best in %s of resamples%s)",
              tenant,
              current.strategy(),
              money(current.annualTotal()),
              percent(shareBest),
              alike);
      if (next == null) {
        return head + "; no design loses less per incident.";
      }
      return head
          + String.format(
              Locale.ROOT,
              "; %s would pay for itself above %s incidents a year.",
              next.design(),
              rate(next.breakEvenIncidentsPerYear()));
    }
    String head =
        String.format(
            Locale.ROOT,
            "%s: %s lowers the expected annual total from %s to %s (best in %s of resamples%s)",
            tenant,
            chosen.design(),
            money(current.annualTotal()),
            money(chosen.annualTotal()),
            percent(shareBest),
            alike);
    double breakEven = chosen.breakEvenIncidentsPerYear();
    if (breakEven == 0) {
      return head + "; it costs no more than the current design, so it pays at any frequency.";
    }
    return head
        + String.format(
            Locale.ROOT, "; it pays for itself above %s incidents a year.", rate(breakEven));
  }

  /** Whether two designs gave the same numbers: the same deployment under other names. */
  private static boolean sameNumbers(DesignDecision a, DesignDecision b) {
    return a.annualCost() == b.annualCost()
        && a.lossPerIncident() == b.lossPerIncident()
        && a.lossPerIncidentCi95HalfWidth() == b.lossPerIncidentCi95HalfWidth()
        && a.annualLossP99() == b.annualLossP99();
  }

  /** The design with the lowest break-even frequency among those that lose less, or null. */
  private static DesignDecision runnerUp(List<DesignDecision> designs) {
    DesignDecision out = null;
    for (DesignDecision d : designs.subList(1, designs.size())) {
      double b = d.breakEvenIncidentsPerYear();
      if (!Double.isNaN(b) && (out == null || b < out.breakEvenIncidentsPerYear())) {
        out = d;
      }
    }
    return out;
  }

  /** {@code 4.1 M}, {@code 870 k}, {@code 12}: two significant digits and a unit prefix. */
  static String money(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return two(v / 1e9) + " G";
    }
    if (a >= 1e6) {
      return two(v / 1e6) + " M";
    }
    if (a >= 1e3) {
      return two(v / 1e3) + " k";
    }
    return two(v);
  }

  static String rate(double v) {
    return two(v);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String two(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v == 0 ? "0" : String.valueOf(v);
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(2));
    return d.stripTrailingZeros().toPlainString();
  }
}
