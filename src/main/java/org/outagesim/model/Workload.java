package org.outagesim.model;

import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * The expected size of one replication, from the scenario alone: a tenant's sessions are the
 * integral of {@code sessionsPerSecond × profile(t)} over the horizon (the mean of the
 * non-homogeneous Poisson arrival process the simulator draws from, with the same profile
 * semantics), and each session makes {@code pages} requests. Retries add requests only while
 * something fails, so this is the count in normal operation: a lower bound during an outage.
 */
public final class Workload {
  /**
   * Integration step: a profile changes at most hourly plus its events, so 10 s is exact to well
   * under 0.1%.
   */
  private static final double STEP_S = 10.0;

  private Workload() {}

  /** Expected sessions of one tenant in one replication. */
  public static double sessions(ScenarioSpec spec, TenantSpec t) {
    var profileSpec =
        t.traffic().profile() == null ? null : spec.profiles().get(t.traffic().profile());
    TrafficProfile profile = new TrafficProfile(profileSpec, spec.startSecondOfDay());
    double integral = 0;
    for (double from = 0; from < spec.durationS(); from += STEP_S) {
      double width = Math.min(STEP_S, spec.durationS() - from);
      integral += profile.multiplier(from + width / 2) * width;
    }
    return t.traffic().sessionsPerSecond() * integral;
  }

  /** Expected sessions of all tenants in one replication. */
  public static double sessions(ScenarioSpec spec) {
    return spec.tenants().stream().mapToDouble(t -> sessions(spec, t)).sum();
  }

  /** Expected requests of all tenants in one replication, without retries. */
  public static double requests(ScenarioSpec spec) {
    return spec.tenants().stream().mapToDouble(t -> sessions(spec, t) * t.session().pages()).sum();
  }
}
