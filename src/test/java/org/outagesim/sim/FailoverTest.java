package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DelaySpec.Constant;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;
import org.outagesim.model.spec.DeploymentSpec.ManualFailoverSpec;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TtlViolationSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MinuteSeries;
import org.outagesim.stats.MinuteSeries.Series;
import org.outagesim.stats.ReplicationResult;

/**
 * Failover timing and the transactions lost while traffic moves, against values derived by hand.
 *
 * <p>Every tenant makes one checkout per session with no retries, so each failed request is one
 * lost transaction. Client caches are off, so a request's region is its resolver's answer.
 *
 * <p><b>Resolver residual.</b> A resolver renews its entry at the first request after expiry: its
 * cycle is the TTL {@code L} plus an exponential gap of mean {@code g = resolvers / λ}. At a moment
 * independent of its requests (the switch) it holds a fresh entry with probability {@code L / (L +
 * g)}, whose remaining life is then uniform over {@code L}; its requests keep going to the old
 * answer for that remaining life. The requests still sent to the old region after the switch are
 * therefore {@code λ · L² / (2 (L + g))} on average (λ L/2 when g → 0).
 *
 * <p><b>Health-check delay.</b> The probe phase is uniform, so the first probe after the fault
 * comes after U · interval, U uniform on [0, 1), and the {@code threshold}-th failed probe after
 * {@code (threshold − 1 + U) · interval}: mean {@code threshold × interval − interval/2}.
 */
class FailoverTest {

  private static final double RATE = 20.0;
  private static final int RESOLVERS = 500;
  private static final double TTL = 60.0;
  private static final double AT = 600.0;
  private static final double CLIENT_TIMEOUT = 10.0;

  /**
   * Mean remaining time the resolvers keep sending a tenant to its old answer, see the class doc.
   */
  static double residualS(double ttlS, double rate, int resolvers) {
    double gap = resolvers / rate;
    return ttlS * ttlS / (2 * (ttlS + gap));
  }

  static double meanHealthCheckDelayS(HealthCheckSpec hc) {
    return hc.threshold() * hc.intervalS() - hc.intervalS() / 2;
  }

  @Test
  void healthCheckedFailoverAfterRegionOutageTakesThresholdIntervalsLessHalfAnInterval()
      throws Exception {
    // Each lost transaction is a request sent to the dead primary: all requests from the fault
    // start to the switch, then those of resolvers still holding the primary:
    // lost = λ (E[time to failover] + L² / (2 (L + g))) = 20 (75 + 21.18) = 1923.5.
    // Time to failover is uniform over [60, 90): sd 8.7 s; lost has sd ≈ 180 per replication.
    // Tolerance: the 99% intervals contain the analytic values and are narrower than 2.5 s
    // (3.3%) for the time and 3% for the loss (200 replications).
    HealthCheckSpec hc = new HealthCheckSpec(30.0, 3, true);
    TenantSpec t = Scenarios.activePassive(Scenarios.checkoutTenant("shop", RATE), TTL, hc, null);
    List<ReplicationResult> reps =
        ArrivalsTest.run(
            scenario(
                AT + 400,
                200,
                List.of(t),
                List.of(new RegionOutage(Scenarios.REGION, AT, 3600.0))));

    Estimate failover = Estimate.of(reps, Metric.TIME_TO_FAILOVER_S, 0.99);
    assertMatches(failover, meanHealthCheckDelayS(hc), 2.5);
    double expectedLost = RATE * (meanHealthCheckDelayS(hc) + residualS(TTL, RATE, RESOLVERS));
    assertMatches(
        Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99), expectedLost, 0.03 * expectedLost);
    for (ReplicationResult r : reps) {
      double ttf = r.tenants().get(0).get(Metric.TIME_TO_FAILOVER_S);
      assertTrue(ttf >= 2 * hc.intervalS() && ttf < 3 * hc.intervalS(), "time to failover " + ttf);
      assertEquals(
          r.tenants().get(0).get(Metric.TRANSACTIONS_LOST),
          r.tenants().get(0).get(Metric.FAILED_UNREACHABLE));
    }
  }

  @Test
  void manualFailoverMovesTrafficExactlyDetectPlusDecidePlusExecuteAfterTheFault()
      throws Exception {
    // TTL 0: every request asks the authoritative DNS, so traffic follows the switch at once.
    // Switch at S = 600 + 120 + 60 + 120 = 900 s. Requests before S fail after the 10 s client
    // timeout, so the last failure is before S + 10 = 910 s (minute 15) and minute 16 on has
    // none; a request answered by the secondary before S would complete in minutes 11..14.
    // Lost = arrivals in [AT, S): Poisson, mean λ · 300 = 6000, sd 77; tolerance 2% (30
    // replications).
    double detect = 120.0;
    double decide = 60.0;
    double execute = 120.0;
    double switchAt = AT + detect + decide + execute;
    TenantSpec t =
        Scenarios.activePassive(
            Scenarios.checkoutTenant("shop", RATE),
            0.0,
            null,
            new ManualFailoverSpec(
                new Constant(detect), new Constant(decide), new Constant(execute)));
    List<ReplicationResult> reps =
        ArrivalsTest.run(
            scenario(
                switchAt + 600,
                30,
                List.of(t),
                List.of(new RegionOutage(Scenarios.REGION, AT, 3600.0))));

    int lastFailingMinute = (int) ((switchAt + CLIENT_TIMEOUT) / 60);
    for (ReplicationResult r : reps) {
      var tenant = r.tenants().get(0);
      assertEquals(detect + decide + execute, tenant.get(Metric.TIME_TO_FAILOVER_S), 1e-9);
      assertEquals(detect, tenant.get(Metric.TIME_TO_DETECT_S), 1e-9);
      MinuteSeries s = tenant.series();
      assertTrue(
          s.get(Series.FAILURES, lastFailingMinute) > 0,
          "failures just before the switch took effect");
      for (int m = lastFailingMinute + 1; m < s.minutes(); m++) {
        assertEquals(0, s.get(Series.FAILURES, m), "failures in minute " + m);
      }
      for (int m = (int) (AT / 60) + 1; m < (int) (switchAt / 60); m++) {
        assertEquals(
            0,
            s.get(Series.TRANSACTIONS_COMPLETED, m),
            "completed before the switch in minute " + m);
      }
      assertTrue(
          s.get(Series.TRANSACTIONS_COMPLETED, (int) (switchAt / 60)) > 0,
          "the secondary serves after it");
    }
    double expectedLost = RATE * (switchAt - AT);
    assertMatches(
        Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99), expectedLost, 0.02 * expectedLost);
  }

  @Test
  void onlyADeepHealthCheckSeesAResolverFailureAndFailsOver() throws Exception {
    // App caches off, so every request and every deep probe asks the failing resolver (SERVFAIL,
    // immediate, error rate 1). The shallow tenant never moves and loses λ D = 12000, like a
    // single-region tenant. The deep one moves after (threshold − 1 + U) intervals and loses
    // requests until then and those of resolvers still holding the primary:
    // λ (75 + 21.18) = 1923.5; failback after the fault costs nothing, the primary is healthy.
    // Tolerance: 99% intervals contain the analytic values, narrower than 2.5 s for the time to
    // failover, 1% of λD for the shallow loss, 3% for the deep loss (200 replications).
    double d = 600.0;
    HealthCheckSpec shallowCheck = new HealthCheckSpec(30.0, 3, false);
    HealthCheckSpec deepCheck = new HealthCheckSpec(30.0, 3, true);
    TenantSpec shallow =
        Scenarios.activePassive(Scenarios.checkoutTenant("shallow", RATE), TTL, shallowCheck, null);
    TenantSpec deep =
        Scenarios.activePassive(Scenarios.checkoutTenant("deep", RATE), TTL, deepCheck, null);
    FaultSpec fault =
        new RegionResolverFailure(
            Scenarios.REGION, AT, d, DnsFailureMode.SERVFAIL, StepProfile.constant(1.0), 0.0);
    List<ReplicationResult> reps =
        ArrivalsTest.run(scenario(AT + d + 300, 200, List.of(shallow, deep), List.of(fault)));

    for (ReplicationResult r : reps) {
      assertEquals(
          Double.POSITIVE_INFINITY,
          r.tenants().get(0).get(Metric.TIME_TO_FAILOVER_S),
          "a shallow check moved, or its failover was called not applicable instead of never");
      assertTrue(
          Double.isFinite(r.tenants().get(1).get(Metric.TIME_TO_FAILOVER_S)),
          "a deep check did not move");
    }
    double shallowLost = RATE * d;
    assertMatches(
        Estimate.of(reps, tenant(0, Metric.TRANSACTIONS_LOST), 0.99),
        shallowLost,
        0.01 * shallowLost);
    assertMatches(
        Estimate.of(reps, tenant(1, Metric.TIME_TO_FAILOVER_S), 0.99),
        meanHealthCheckDelayS(deepCheck),
        2.5);
    double deepLost = RATE * (meanHealthCheckDelayS(deepCheck) + residualS(TTL, RATE, RESOLVERS));
    Estimate deepEstimate = Estimate.of(reps, tenant(1, Metric.TRANSACTIONS_LOST), 0.99);
    assertMatches(deepEstimate, deepLost, 0.03 * deepLost);
    assertTrue(
        deepEstimate.mean() < 0.2 * shallowLost,
        "deep " + deepEstimate + " vs shallow " + shallowLost);
  }

  @Test
  void activeActiveLosesOnlyTheOutageRegionsShareUntilDetectionAndExpiry() throws Exception {
    // Half the resolvers (by weight) pin the failed region. Their requests fail until the checker
    // takes it out of the answer, (threshold − 1 + U) · 10 s, mean 15 s, and then for the
    // residual life of their entries: lost = λ/2 (15 + L² / (2 (L + g))) = 10 (15 + 21.18) = 361.8.
    // Bound: at most λ/2 (threshold × interval + L) = 800, against λ D = 24000 for the same
    // tenant in a single region (5% of it is 1200).
    // Tolerance: 99% intervals contain the analytic values, narrower than 6% of the active-active
    // loss (sd ≈ 36 per replication: detection phase, resolver split) and 1% of λ D (60
    // replications).
    double d = 1200.0;
    HealthCheckSpec hc = new HealthCheckSpec(10.0, 2, false);
    TenantSpec both = Scenarios.activeActive(Scenarios.checkoutTenant("both", RATE), TTL, hc);
    TenantSpec single = Scenarios.singleRegion(Scenarios.checkoutTenant("single", RATE), TTL);
    List<ReplicationResult> reps =
        ArrivalsTest.run(
            scenario(
                AT + d + 300,
                60,
                List.of(both, single),
                List.of(new RegionOutage(Scenarios.REGION, AT, d))));

    double singleLost = RATE * d;
    assertMatches(
        Estimate.of(reps, tenant(1, Metric.TRANSACTIONS_LOST), 0.99),
        singleLost,
        0.01 * singleLost);
    double expected = RATE / 2 * (meanHealthCheckDelayS(hc) + residualS(TTL, RATE, RESOLVERS));
    Estimate lost = Estimate.of(reps, tenant(0, Metric.TRANSACTIONS_LOST), 0.99);
    assertMatches(lost, expected, 0.06 * expected);
    assertTrue(
        lost.mean() + lost.halfWidth() < RATE / 2 * (hc.threshold() * hc.intervalS() + TTL),
        "active-active lost " + lost);
    assertTrue(
        lost.mean() < 0.05 * singleLost,
        "active-active lost " + lost + " vs single-region " + singleLost);
  }

  static ToDoubleFunction<ReplicationResult> tenant(int index, Metric m) {
    return r -> r.tenants().get(index).get(m);
  }

  private static org.outagesim.model.spec.ScenarioSpec scenario(
      double horizon, int replications, List<TenantSpec> tenants, List<FaultSpec> faults) {
    return Scenarios.scenario(
        horizon,
        replications,
        tenants,
        faults,
        new DnsSpec(RESOLVERS, 0.0, 300.0, TtlViolationSpec.none(), false));
  }

  static void assertMatches(Estimate e, double expected, double tolerance) {
    assertTrue(e.contains(expected), "expected " + expected + " inside 99% CI " + e);
    assertTrue(e.halfWidth() < tolerance, "CI " + e + " wider than the tolerance ±" + tolerance);
  }
}
