package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.outagesim.sim.FailoverTest.assertMatches;
import static org.outagesim.sim.FailoverTest.residualS;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.DelaySpec.Constant;
import org.outagesim.model.spec.DeploymentSpec.ManualFailoverSpec;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TenantSpec.InternalDnsSpec;
import org.outagesim.model.spec.TtlViolationSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MinuteSeries;
import org.outagesim.stats.MinuteSeries.Series;
import org.outagesim.stats.ReplicationResult;

/**
 * What DNS caches do after a switch or a fault: TTL violation, cached empty answers and failures,
 * serve-stale. Every session is one checkout with no retries, so each failed request is one lost
 * transaction; client caches are off.
 *
 * <p><b>Failure chains.</b> When a resolver's query fails and the failure is cached for {@code N},
 * its users fail until the entry expires; the first request after that asks again and, while the
 * fault lasts, fails and is cached again. The links of this chain last {@code N + G}, G the
 * exponential gap (mean {@code g = resolvers / λ}) to the next request of that resolver. At the
 * fault end the chain's age A has the stationary renewal density {@code P(N + G > a) / (N + g)}, so
 * the failures after the end are {@code λ E[(N − A)+] = λ N² / (2 (N + g))} — with g → 0 the
 * failure share decays linearly over N. Before the chain starts, each resolver still serves its
 * good entry for its residual life: the first failure comes {@code g + L² / (2 (L + g))} after the
 * fault start on average (see {@link FailoverTest}). Every request from the chain start to the
 * fault end fails: the first one and a Poisson number over the rest of the window. Hence {@code
 * lost = λ (D − L² / (2 (L + g)) + N² / (2 (N + g)))}.
 */
class DnsCachingTest {

  private static final double RATE = 20.0;
  private static final double AT = 600.0;
  private static final double CLIENT_TIMEOUT = 10.0;

  @Test
  void ttlViolatingResolversKeepSendingTheirShareToTheOldRegionForTheExtraTime() throws Exception {
    // Manual switch at T = 1800 + 290 = 2090 s, TTL L = 60 s; a share f = 0.2 of the 500 resolvers
    // keeps every answer L + E = 360 s. A violating resolver renews every L + E plus a gap (mean
    // g = resolvers / λ), so at T it holds the old answer with probability (L + E) / (L + E + g)
    // and a
    // remaining life uniform over L + E: at T + x its users still reach the old region with
    // probability (L + E − x) / (L + E + g). The share of requests failing therefore falls
    // linearly from f · E / (L + E + g) at T + L to 0 at T + L + E; it is not f
    // throughout the window (that would need every violating resolver to have renewed just
    // before T). Failures come 10 s (client timeout) after the request; T + 10 = 2100 s starts
    // minute 35 and the window [T + L, T + L + E) maps to minutes 36..40.
    //   failures after T: λ ((1 − f) L² / (2 (L + g)) + f (L + E)² / (2 (L + E + g)))
    //   failures in the window: λ f E² / (2 (L + E + g))
    //   none from minute 41 (T + L + E + 10 = 2460 s) on.
    // The number of violating resolvers is binomial (sd 9%), so sd ≈ 55 per replication.
    // Tolerance: 99% intervals contain the analytic values, narrower than 6% (60 replications).
    // The formulas assume the renewals are in their stationary phase at T. Caches start warm with
    // remaining lives uniform over L + E, which is stationary only when the gap g is small next
    // to L + E; the gaps mix the phases slowly (sd 25 √k s after k cycles against a 385 s
    // cycle), so the test uses a rate at which g = 5 s, where the start is within 1.3% of the
    // stationary phase.
    double rate = 5 * RATE;
    double ttl = 60.0;
    double f = 0.2;
    double extra = 300.0;
    int resolvers = 500;
    double at = 1800.0;
    double switchAt = at + 290.0;
    TenantSpec t =
        Scenarios.activePassive(
            Scenarios.checkoutTenant("shop", rate),
            ttl,
            null,
            new ManualFailoverSpec(new Constant(120.0), new Constant(50.0), new Constant(120.0)));
    DnsSpec dns = new DnsSpec(resolvers, 0.0, 300.0, new TtlViolationSpec(f, extra), false);
    List<ReplicationResult> reps =
        ArrivalsTest.run(
            Scenarios.scenario(
                switchAt + ttl + extra + 300,
                60,
                List.of(t),
                List.of(new RegionOutage(Scenarios.REGION, at, 3600.0)),
                dns));

    int afterSwitch = (int) ((switchAt + CLIENT_TIMEOUT) / 60);
    int windowFrom = (int) ((switchAt + ttl + CLIENT_TIMEOUT) / 60);
    int windowTo = (int) ((switchAt + ttl + extra + CLIENT_TIMEOUT) / 60);
    double g = resolvers / rate;
    double violatingLife = ttl + extra;
    double expectedAfter =
        rate
            * ((1 - f) * residualS(ttl, rate, resolvers)
                + f * violatingLife * violatingLife / (2 * (violatingLife + g)));
    double expectedWindow = rate * f * extra * extra / (2 * (violatingLife + g));
    assertMatches(
        Estimate.of(reps, failures(afterSwitch, Integer.MAX_VALUE), 0.99),
        expectedAfter,
        0.06 * expectedAfter);
    assertMatches(
        Estimate.of(reps, failures(windowFrom, windowTo), 0.99),
        expectedWindow,
        0.06 * expectedWindow);
    for (ReplicationResult r : reps) {
      MinuteSeries s = r.tenants().get(0).series();
      assertTrue(
          s.get(Series.FAILURES, windowTo - 1) > 0, "violating resolvers still on the old region");
      for (int m = windowTo; m < s.minutes(); m++) {
        assertEquals(0, s.get(Series.FAILURES, m), "failures in minute " + m);
      }
    }
  }

  @Test
  void removedDependencyNameFailsUntilTheResolversNegativeEntryExpires() throws Exception {
    // One region resolver caches the empty answer for N = 500 s from the first lookup after the
    // fault start, renews it at the first lookup after each expiry inside the window (D = 1200 s),
    // so K = ceil(D / N) = 3 entries and failures until 600 + 3 N = 2100 s, 300 s after the
    // window closed (renewals drift by the gaps of ~0.05 s). Each entry fails its first lookup
    // and a Poisson(λ N) number more: lost = K (1 + λ N) = 30003, sd 173.
    // Tolerance: the 99% interval contains it and is narrower than 1% (30 replications).
    double d = 1200.0;
    double negativeTtl = 500.0;
    TenantSpec t =
        Scenarios.withInternalDns(
            Scenarios.checkoutTenant("shop", RATE),
            new InternalDnsSpec(1, 1, 0.0, 0.0, List.of("db")));
    RecordRemoval removal =
        new RecordRemoval(null, "db", null, AT, d, StepProfile.constant(1.0), negativeTtl);
    List<ReplicationResult> reps =
        ArrivalsTest.run(Scenarios.scenario(AT + d + 900, 30, List.of(t), List.of(removal)));

    int entries = (int) Math.ceil(d / negativeTtl);
    double expected = entries * (1 + RATE * negativeTtl);
    assertMatches(Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99), expected, 0.01 * expected);
    int end = (int) ((AT + entries * negativeTtl) / 60);
    for (ReplicationResult r : reps) {
      MinuteSeries s = r.tenants().get(0).series();
      for (int m = (int) ((AT + d) / 60); m < end; m++) {
        assertEquals(
            s.get(Series.REQUESTS, m), s.get(Series.FAILED_INTERNAL_DNS, m), "minute " + m);
      }
      assertTrue(s.get(Series.FAILURES, end) < 0.02 * RATE * 60, "drift of the renewals");
      for (int m = end + 1; m < s.minutes(); m++) {
        assertEquals(0, s.get(Series.FAILURES, m), "failures in minute " + m);
      }
    }
  }

  @Test
  void removedPublicRecordIsCachedEmptyByResolversForTheNegativeTtl() throws Exception {
    // TTL L = 300 s, dns.negativeTtl N = 60 s, 50 resolvers at λ = 20/s (g = 2.5 s), window
    // D = 1800 s. By the failure-chain argument (class doc):
    //   lost = λ (D − L² / (2 (L + g)) + N² / (2 (N + g))) = 20 (1800 − 148.76 + 28.80) = 33600.8
    //   failures after the window: λ N² / (2 (N + g)) = 576; none after 600 + D + N = 2460 s.
    // The chains' phases spread over N because the good entries expire uniformly over L = 5 N.
    // Tolerance: 99% intervals contain the analytic values and are narrower than 1% of the loss
    // and 8% of the tail (30 replications).
    double ttl = 300.0;
    double negativeTtl = 60.0;
    double d = 1800.0;
    int resolvers = 50;
    TenantSpec t = Scenarios.singleRegion(Scenarios.checkoutTenant("shop", RATE), ttl);
    RecordRemoval removal =
        new RecordRemoval("shop", null, null, AT, d, StepProfile.constant(1.0), 0.0);
    DnsSpec dns = new DnsSpec(resolvers, 0.0, negativeTtl, TtlViolationSpec.none(), false);
    List<ReplicationResult> reps =
        ArrivalsTest.run(Scenarios.scenario(AT + d + 600, 30, List.of(t), List.of(removal), dns));

    double expected =
        RATE * (d - residualS(ttl, RATE, resolvers) + residualS(negativeTtl, RATE, resolvers));
    assertMatches(Estimate.of(reps, Metric.TRANSACTIONS_LOST, 0.99), expected, 0.01 * expected);
    double tail = RATE * residualS(negativeTtl, RATE, resolvers);
    int end = (int) ((AT + d) / 60);
    assertMatches(Estimate.of(reps, failures(end, Integer.MAX_VALUE), 0.99), tail, 0.08 * tail);
    for (ReplicationResult r : reps) {
      assertEquals(
          r.tenants().get(0).get(Metric.TRANSACTIONS_LOST),
          r.tenants().get(0).get(Metric.FAILED_PUBLIC_DNS));
      MinuteSeries s = r.tenants().get(0).series();
      for (int m = (int) ((AT + d + negativeTtl) / 60); m < s.minutes(); m++) {
        assertEquals(0, s.get(Series.FAILURES, m), "failures in minute " + m);
      }
    }
  }

  @Test
  void serveStaleRidesOutAnAuthoritativeFailureThatOtherwiseFailsEveryExpiredResolver()
      throws Exception {
    // Provider fails every query (SERVFAIL) for D = 1200 s; TTL L = 60 s, failure TTL F = 5 s,
    // 50 resolvers (g = 2.5 s). Without serve-stale, by the failure-chain argument (class doc):
    //   lost = λ (D − L² / (2 (L + g)) + F² / (2 (F + g))) = 20 (1200 − 28.8 + 1.67) = 23457.3
    // (≈ λ (D − L/2) = 23400). With serve-stale every failed query is answered with the last good
    // region, which is healthy: nothing is lost in any replication.
    // Tolerance: the 99% interval contains the analytic value and is narrower than 1% (30
    // replications).
    double ttl = 60.0;
    double d = 1200.0;
    int resolvers = 50;
    TenantSpec t =
        Scenarios.withDnsProvider(
            Scenarios.singleRegion(Scenarios.checkoutTenant("shop", RATE), ttl), "dyn");
    var fault =
        new AuthoritativeDnsFailure(
            "dyn", AT, d, DnsFailureMode.SERVFAIL, StepProfile.constant(1.0));
    List<ReplicationResult> plain =
        ArrivalsTest.run(
            Scenarios.scenario(
                AT + d + 300,
                30,
                List.of(t),
                List.of(fault),
                new DnsSpec(resolvers, 0.0, 300.0, TtlViolationSpec.none(), false)));
    List<ReplicationResult> stale =
        ArrivalsTest.run(
            Scenarios.scenario(
                AT + d + 300,
                30,
                List.of(t),
                List.of(fault),
                new DnsSpec(resolvers, 0.0, 300.0, TtlViolationSpec.none(), true)));

    double failureTtl = DnsSpec.DEFAULT_FAILURE_TTL_S;
    double expected =
        RATE * (d - residualS(ttl, RATE, resolvers) + residualS(failureTtl, RATE, resolvers));
    assertMatches(Estimate.of(plain, Metric.TRANSACTIONS_LOST, 0.99), expected, 0.01 * expected);
    for (ReplicationResult r : stale) {
      assertEquals(0, r.tenants().get(0).get(Metric.TRANSACTIONS_LOST), "lost with serve-stale");
      assertEquals(0, r.tenants().get(0).get(Metric.REQUESTS_FAILED), "failed with serve-stale");
    }
  }

  /** Failures counted in minutes {@code [from, to)} of the first tenant. */
  private static ToDoubleFunction<ReplicationResult> failures(int from, int to) {
    return r -> {
      MinuteSeries s = r.tenants().get(0).series();
      long n = 0;
      for (int m = from; m < Math.min(to, s.minutes()); m++) {
        n += s.get(Series.FAILURES, m);
      }
      return n;
    };
  }
}
