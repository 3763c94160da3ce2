package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.ProfileSpec.ProfileEvent;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;

/**
 * Session arrivals against the expected Poisson count λ·T (or the integral of the rate). Tolerance:
 * the 99% interval over 30 replications must contain the analytic value and be narrower than 1% of
 * it.
 */
class ArrivalsTest {

  private static final int REPLICATIONS = 30;

  @Test
  void constantRateGivesLambdaTimesHorizonSessions() throws Exception {
    double rate = 20.0;
    double horizon = 3600.0;
    List<ReplicationResult> reps =
        run(
            Scenarios.scenario(
                horizon, REPLICATIONS, List.of(Scenarios.checkoutTenant("shop", rate)), List.of()));
    assertMatches(Estimate.of(reps, Metric.SESSIONS, 0.99), rate * horizon);
  }

  @Test
  void hourlyProfileAndEventScaleTheRate() throws Exception {
    // Start 06:00 local, horizon 2 h. Hourly values stand at h:30 and are linear in between.
    List<Double> hourly = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      hourly.add(0.5);
    }
    double h5 = 0.2;
    double h6 = 0.6;
    double h7 = 1.0;
    double h8 = 0.4;
    hourly.set(5, h5);
    hourly.set(6, h6);
    hourly.set(7, h7);
    hourly.set(8, h8);
    double eventMultiplier = 3.0;
    ProfileSpec profile =
        new ProfileSpec("p", hourly, List.of(new ProfileEvent(3600.0, 1800.0, eventMultiplier)));
    // Integral of the multiplier over [06:00, 08:00], in hours, by pieces:
    double first = 0.5 * (((h5 + h6) / 2 + h6) / 2); // 06:00-06:30
    double secondA = 0.5 * ((h6 + (h6 + h7) / 2) / 2); // 06:30-07:00
    double secondB = 0.5 * (((h6 + h7) / 2 + h7) / 2); // 07:00-07:30, times the event
    double third = 0.5 * ((h7 + (h7 + h8) / 2) / 2); // 07:30-08:00
    double integralHours = first + secondA + eventMultiplier * secondB + third;
    double rate = 10.0;
    TenantSpec t = Scenarios.checkoutTenant("shop", rate);
    t =
        new TenantSpec(
            t.id(),
            t.sector(),
            new TenantSpec.TrafficSpec(rate, "p"),
            t.session(),
            t.client(),
            t.user(),
            t.capacity(),
            t.internalDns(),
            t.deployment());
    List<ReplicationResult> reps =
        run(Scenarios.scenario(7200.0, REPLICATIONS, List.of(t), List.of(), Map.of("p", profile)));
    assertMatches(Estimate.of(reps, Metric.SESSIONS, 0.99), rate * integralHours * 3600.0);
  }

  private static void assertMatches(Estimate e, double expected) {
    assertTrue(e.contains(expected), "expected " + expected + " inside 99% CI " + e);
    assertTrue(e.halfWidth() < 0.01 * expected, "CI too wide for the 1% tolerance: " + e);
  }

  static List<ReplicationResult> run(ScenarioSpec spec) throws Exception {
    return new Experiment(2, ProgressListener.NONE).run(spec).replications();
  }
}
