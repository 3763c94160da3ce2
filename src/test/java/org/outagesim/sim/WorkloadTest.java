package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagesim.model.Workload;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;

/** Expected sessions and requests against closed forms, and against the simulator's own counts. */
class WorkloadTest {
  private static final double HORIZON = 4 * 3600.0;

  @Test
  void aConstantRateGivesRateTimesHorizon() {
    ScenarioSpec s =
        Scenarios.scenario(HORIZON, 1, List.of(Scenarios.checkoutTenant("shop", 7.5)), List.of());
    assertEquals(7.5 * HORIZON, Workload.sessions(s), 1e-6);
    assertEquals(7.5 * HORIZON, Workload.requests(s), 1e-6, "one page per session");
  }

  @Test
  void aFlatHourlyProfileAndAnEventScaleTheRate() {
    // Hourly 0.5 everywhere, and ×3 for one hour: rate × 0.5 × (T + 2 × 3600).
    ProfileSpec p =
        new ProfileSpec(
            "p",
            Collections.nCopies(24, 0.5),
            List.of(new ProfileSpec.ProfileEvent(3600, 3600, 3.0)));
    ScenarioSpec s =
        Scenarios.scenario(
            HORIZON,
            1,
            List.of(withProfile(Scenarios.checkoutTenant("shop", 10), "p")),
            List.of(),
            Map.of("p", p));
    assertEquals(10 * 0.5 * (HORIZON + 2 * 3600), Workload.sessions(s), 1e-6);
  }

  @Test
  void theSimulatorDrawsTheExpectedSessions() throws Exception {
    // Hourly profile from the shipped Korean weekday shape: the expectation must match the
    // simulated
    // mean within its 99% interval, and the interval must be within 1% of it.
    List<Double> hourly =
        List.of(
            0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.3, 0.55, 0.8, 0.9, 0.95, 1.0, 0.95, 0.9, 0.85,
            0.85, 0.8, 0.8, 0.85, 0.9, 1.0, 0.95, 0.7, 0.45);
    ScenarioSpec s =
        Scenarios.scenario(
            HORIZON,
            10,
            List.of(withProfile(Scenarios.checkoutTenant("shop", 5), "p")),
            List.of(),
            Map.of("p", new ProfileSpec("p", hourly, List.of())));
    List<ReplicationResult> reps = ArrivalsTest.run(s);
    Estimate simulated = Estimate.of(reps, Metric.SESSIONS, 0.99);
    double expected = Workload.sessions(s);
    assertTrue(
        simulated.contains(expected), "expected " + expected + " inside 99% CI " + simulated);
    assertTrue(simulated.halfWidth() < 0.01 * expected, "CI too wide: " + simulated);
  }

  private static TenantSpec withProfile(TenantSpec t, String profile) {
    return new TenantSpec(
        t.id(),
        t.sector(),
        new TenantSpec.TrafficSpec(t.traffic().sessionsPerSecond(), profile),
        t.session(),
        t.client(),
        t.user(),
        t.capacity(),
        t.internalDns(),
        t.deployment(),
        t.dnsProvider(),
        t.slo());
  }
}
