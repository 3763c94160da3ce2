package org.outagesim.cli;

import java.util.Locale;
import org.outagesim.model.PeakLoad;
import org.outagesim.model.spec.ScenarioSpec;

/**
 * The capacity lines of {@code validate}: each tenant's peak utilisation without faults and with
 * all its traffic on the secondary, and a warning for every figure above 90% ({@link PeakLoad}).
 */
final class CapacityText {

  private CapacityText() {}

  static String of(ScenarioSpec spec) {
    StringBuilder sb =
        new StringBuilder("capacity at the peak (servers busy, normal operation):")
            .append(System.lineSeparator());
    for (PeakLoad.Tenant t : PeakLoad.of(spec)) {
      sb.append(
          String.format(
              Locale.ROOT, "  %s: %s in %s", t.tenant(), percent(t.normal()), t.primary()));
      if (t.secondary() != null) {
        sb.append(
            String.format(
                Locale.ROOT,
                "; all traffic in %s: %s at standby, %s at full scale",
                t.secondary(),
                percent(t.atStandby()),
                percent(t.atFullScale())));
      }
      sb.append(System.lineSeparator());
      if (t.overloaded()) {
        sb.append("  warning: ")
            .append(t.tenant())
            .append(" runs above 90% of its servers")
            .append(t.normal() > PeakLoad.WARN_ABOVE ? " at its peak" : " after a failover")
            .append("; queues grow and requests time out (add servers or standby capacity)")
            .append(System.lineSeparator());
      }
    }
    return sb.toString();
  }

  private static String percent(double share) {
    return Double.isInfinite(share)
        ? "no servers"
        : String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
