package org.outagesim.model;

import java.util.ArrayList;
import java.util.List;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * The offered load on a tenant's servers at its busiest minute, without faults and with all its
 * traffic in its secondary region: utilisation {@code ρ = λ · pages · E[service] / servers}, where
 * λ is the peak session rate ({@code sessionsPerSecond × } the profile's largest multiplier over
 * the horizon) and every session's pages are requests (Little's law: the request rate is the
 * session rate times pages). Retries add load only while something fails, so this is the load of
 * normal operation. Active-active splits traffic evenly over its two equal regions; after a
 * failover one region carries all of it. An active-passive secondary starts at {@code
 * standby.capacity} of the servers and reaches all of them after {@code scaleUpTime}. Above {@value
 * #WARN_ABOVE} a queue grows without bound once the variance of arrivals is added.
 */
public final class PeakLoad {
  /** Utilisation above which {@code validate} warns. */
  public static final double WARN_ABOVE = 0.9;

  private static final double SAMPLE_S = 60;

  /**
   * One tenant's utilisations.
   *
   * @param tenant tenant id
   * @param primary the region serving normally (for active-active: each region)
   * @param normal utilisation in normal operation
   * @param secondary the failover region, or {@code null} for single-region
   * @param atStandby utilisation of the secondary carrying all traffic at standby capacity
   * @param atFullScale utilisation of the secondary carrying all traffic at full capacity
   */
  public record Tenant(
      String tenant,
      String primary,
      double normal,
      String secondary,
      double atStandby,
      double atFullScale) {

    /** Whether any of the figures is above {@link #WARN_ABOVE}. */
    public boolean overloaded() {
      return normal > WARN_ABOVE
          || (secondary != null && (atStandby > WARN_ABOVE || atFullScale > WARN_ABOVE));
    }
  }

  private PeakLoad() {}

  public static List<Tenant> of(ScenarioSpec spec) {
    List<Tenant> out = new ArrayList<>();
    for (TenantSpec t : spec.tenants()) {
      double rho =
          peakSessionRate(spec, t)
              * t.session().pages()
              * t.capacity().serviceTime().meanS()
              / t.capacity().servers();
      DeploymentSpec d = t.deployment();
      if (d.secondary() == null) {
        out.add(new Tenant(t.id(), d.primary(), rho, null, Double.NaN, Double.NaN));
      } else if (d.strategy() == Strategy.ACTIVE_ACTIVE) {
        out.add(new Tenant(t.id(), d.primary(), rho / 2, d.secondary(), rho, rho));
      } else {
        double standby = d.standby() == null ? 1.0 : d.standby().capacity();
        out.add(
            new Tenant(
                t.id(),
                d.primary(),
                rho,
                d.secondary(),
                standby > 0 ? rho / standby : Double.POSITIVE_INFINITY,
                rho));
      }
    }
    return out;
  }

  /**
   * The largest session rate over the horizon, sampled each minute and at every profile event's
   * start.
   */
  static double peakSessionRate(ScenarioSpec spec, TenantSpec t) {
    var profileSpec =
        t.traffic().profile() == null ? null : spec.profiles().get(t.traffic().profile());
    TrafficProfile profile = new TrafficProfile(profileSpec, spec.startSecondOfDay());
    double peak = 0;
    for (double s = 0; s <= spec.durationS(); s += SAMPLE_S) {
      peak = Math.max(peak, profile.multiplier(s));
    }
    if (profileSpec != null) {
      for (var e : profileSpec.events()) {
        if (e.atS() <= spec.durationS()) {
          peak = Math.max(peak, profile.multiplier(e.atS()));
        }
      }
    }
    return t.traffic().sessionsPerSecond() * peak;
  }
}
