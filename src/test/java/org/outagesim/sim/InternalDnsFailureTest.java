package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TenantSpec.InternalDnsSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MinuteSeries.Series;
import org.outagesim.stats.ReplicationResult;

/**
 * Lost transactions under a region-resolver failure against analytic values. Each session is a
 * single checkout with no retries, so a session is lost exactly when its one lookup fails.
 * Tolerance: the 99% interval over 20 replications contains the analytic value and is narrower than
 * 2% of it.
 */
class InternalDnsFailureTest {

  private static final double RATE = 20.0;
  private static final double AT = 1800.0;
  private static final double D = 1800.0;
  private static final double HORIZON = 7200.0;
  private static final int REPLICATIONS = 20;

  @Test
  void hardOutageWithoutCachingLosesLambdaTimesDuration() throws Exception {
    List<ReplicationResult> reps =
        run(new InternalDnsSpec(1, 1, 0.0, 0.0), DnsFailureMode.SERVFAIL, 0.0);
    assertMatches(Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99), RATE * D);
  }

  @Test
  void answerCacheDelaysTheFirstFailuresByHalfTheTtlOnAverage() throws Exception {
    // An instance's entry lives C, then waits expired for the next request to that instance
    // (exponential, mean G = instances / λ) before it is renewed. At the fault start the instance
    // is in that gap with probability G / (C + G) and fails at once; otherwise its entry expires
    // after a residual uniform over C. Lost = λ (D − C/2 · C / (C + G)); with G = 0 it is λ (D −
    // C/2).
    // Many instances, so that the phases of one replication spread over the TTL as assumed.
    double cacheTtl = 240.0;
    int instances = 64;
    double gap = instances / RATE;
    List<ReplicationResult> reps =
        run(new InternalDnsSpec(1, instances, cacheTtl, 0.0), DnsFailureMode.SERVFAIL, 0.0);
    assertMatches(
        Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99),
        RATE * (D - cacheTtl / 2 * cacheTtl / (cacheTtl + gap)));
  }

  @Test
  void failureCacheExtendsServfailLossesToTheEndOfTheLastCachedFailure() throws Exception {
    // One instance: its first failed lookup (at the fault start) is cached for N, then renewed at
    // each expiry while the fault lasts, so failures go on until the first multiple of N after D.
    double negativeTtl = 700.0;
    List<ReplicationResult> reps =
        run(new InternalDnsSpec(1, 1, 0.0, negativeTtl), DnsFailureMode.SERVFAIL, 0.0);
    assertMatches(
        Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99),
        RATE * lastCachedFailureEnd(negativeTtl));
  }

  @Test
  void nxdomainCachedByTheResolverPersistsForItsNegativeTtlAfterTheFault() throws Exception {
    double resolverNegativeTtl = 700.0;
    List<ReplicationResult> reps =
        run(new InternalDnsSpec(1, 1, 0.0, 0.0), DnsFailureMode.NXDOMAIN, resolverNegativeTtl);
    double failingFor = lastCachedFailureEnd(resolverNegativeTtl);
    assertMatches(Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99), RATE * failingFor);
    // The renewals drift by the gaps between requests (~0.05 s each): allow a few failures in the
    // minute after, none in the one after that. A full minute of failures is Poisson(60 λ): 4
    // sigma.
    int lastFailingMinute = (int) ((AT + failingFor) / 60) - 1;
    for (ReplicationResult r : reps) {
      var series = r.tenants().get(0).series();
      assertEquals(
          RATE * 60,
          (double) series.get(Series.FAILURES, lastFailingMinute),
          4 * Math.sqrt(RATE * 60));
      assertTrue(series.get(Series.FAILURES, lastFailingMinute + 1) < RATE * 60 * 0.02);
      assertEquals(0, series.get(Series.FAILURES, lastFailingMinute + 2));
    }
  }

  /**
   * Seconds from the fault start until a failure cached at the start and renewed at expiry ends.
   */
  private static double lastCachedFailureEnd(double negativeTtl) {
    return Math.ceil(D / negativeTtl) * negativeTtl;
  }

  @Test
  void servfailWithoutFailureCachingStopsAtTheFaultEnd() throws Exception {
    List<ReplicationResult> reps =
        run(new InternalDnsSpec(1, 1, 0.0, 0.0), DnsFailureMode.SERVFAIL, 600.0);
    int firstMinuteAfter = (int) ((AT + D) / 60);
    for (ReplicationResult r : reps) {
      assertTrue(r.tenants().get(0).series().get(Series.FAILURES, firstMinuteAfter - 1) > 0);
      assertEquals(0, r.tenants().get(0).series().get(Series.FAILURES, firstMinuteAfter));
    }
  }

  @Test
  void partialErrorRateLosesThatShareOfTransactions() throws Exception {
    // The app's stub resolver tries twice with independent answers: a lookup fails with p².
    StepProfile profile =
        new StepProfile(List.of(new StepProfile.Step(0, 0.3), new StepProfile.Step(600, 0.8)));
    TenantSpec t =
        Scenarios.withInternalDns(
            Scenarios.checkoutTenant("shop", RATE), new InternalDnsSpec(1, 1, 0, 0));
    var fault =
        new RegionResolverFailure(Scenarios.REGION, AT, D, DnsFailureMode.SERVFAIL, profile, 0);
    List<ReplicationResult> reps =
        ArrivalsTest.run(Scenarios.scenario(HORIZON, REPLICATIONS, List.of(t), List.of(fault)));
    assertMatches(
        Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99),
        RATE * (600 * 0.3 * 0.3 + 1200 * 0.8 * 0.8));
  }

  @Test
  void withOneAttemptAMissFailsWithExactlyTheErrorRate() throws Exception {
    StepProfile profile =
        new StepProfile(List.of(new StepProfile.Step(0, 0.3), new StepProfile.Step(600, 0.8)));
    TenantSpec t =
        Scenarios.withInternalDns(
            Scenarios.checkoutTenant("shop", RATE),
            new InternalDnsSpec(1, 1, 0, 0).withStub(1, Double.NaN));
    var fault =
        new RegionResolverFailure(Scenarios.REGION, AT, D, DnsFailureMode.SERVFAIL, profile, 0);
    List<ReplicationResult> reps =
        ArrivalsTest.run(Scenarios.scenario(HORIZON, REPLICATIONS, List.of(t), List.of(fault)));
    assertMatches(
        Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99), RATE * (600 * 0.3 + 1200 * 0.8));
  }

  @Test
  void aTimedOutAttemptCostsTheStubResolversTimeout() throws Exception {
    // Half the lookups time out for the whole run; two attempts. A request that succeeds was
    // answered at its first attempt (probability (1 − p) / (1 − p²)) or after one timeout T, so
    // the mean latency of successes is the service time (10 ms mean) plus T · p / (1 + p) = T / 3.
    // Tolerance: the 99% interval over 20 replications contains it (latencies are kept to three
    // significant digits, 0.1%) and is narrower than 2%.
    for (double timeoutS : new double[] {1.5, Double.NaN}) {
      TenantSpec t =
          Scenarios.withInternalDns(
              Scenarios.checkoutTenant("shop", RATE),
              new InternalDnsSpec(1, 1, 0, 0).withStub(2, timeoutS));
      var fault =
          new RegionResolverFailure(
              Scenarios.REGION, 0, HORIZON, DnsFailureMode.TIMEOUT, StepProfile.constant(0.5), 0);
      List<ReplicationResult> reps =
          ArrivalsTest.run(Scenarios.scenario(1800, REPLICATIONS, List.of(t), List.of(fault)));
      double waitS = Double.isNaN(timeoutS) ? 5.0 : timeoutS; // else the region resolver's 5 s
      assertMatches(Estimate.of(reps, Metric.LATENCY_MEAN_MS, 0.99), 10.0 + 1000 * waitS / 3);
    }
  }

  private static List<ReplicationResult> run(
      InternalDnsSpec dns, DnsFailureMode mode, double resolverNegativeTtl) throws Exception {
    TenantSpec t = Scenarios.withInternalDns(Scenarios.checkoutTenant("shop", RATE), dns);
    var fault =
        new RegionResolverFailure(
            Scenarios.REGION, AT, D, mode, StepProfile.constant(1.0), resolverNegativeTtl);
    return ArrivalsTest.run(Scenarios.scenario(HORIZON, REPLICATIONS, List.of(t), List.of(fault)));
  }

  private static void assertMatches(Estimate e, double expected) {
    assertTrue(e.contains(expected), "expected " + expected + " inside 99% CI " + e);
    assertTrue(e.halfWidth() < 0.02 * expected, "CI too wide for the 2% tolerance: " + e);
  }
}
