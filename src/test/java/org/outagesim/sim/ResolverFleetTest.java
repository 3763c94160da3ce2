package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ResolverCapacityLoss;
import org.outagesim.model.spec.ResolverSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TenantSpec.CapacitySpec;
import org.outagesim.model.spec.TenantSpec.ClientSpec;
import org.outagesim.model.spec.TenantSpec.InternalDnsSpec;
import org.outagesim.model.spec.TtlViolationSpec;
import org.outagesim.stats.MinuteSeries;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.ResolverSeries;

/**
 * A resolver fleet that loses capacity, against what its queue implies in closed form. Every
 * request is one checkout with one lookup, no app cache and one stub-resolver attempt, so the
 * lookups offered to the resolver are the requests: Poisson at the tenants' session rates. The
 * resolver answers 1000 lookups/s; from minute 10 it keeps 20% of that, C = 200/s, for 20 minutes,
 * against a demand D = 500/s. Askers wait 0.5 s for an answer. Servers are ample (1000, 10 ms), so
 * only the resolver decides.
 */
class ResolverFleetTest {
  private static final double AT = 600.0;
  private static final double WINDOW = 1200.0;
  private static final double FULL = 1000.0;
  private static final double LEFT = 200.0;
  private static final double WAIT_S = 0.5;
  private static final int REPLICATIONS = 2;

  /** Minutes wholly inside the window after its first: the resolver is saturated throughout. */
  private static final int FIRST = 11;

  private static final int LAST = 29;

  @Test
  void aShrunkenFleetWithAShortBacklogAnswersCapacityOverDemand() throws Exception {
    // A backlog of 0.25 s < the 0.5 s wait: every lookup the resolver accepts is answered in time,
    // and it accepts exactly what it can work off, C per second, as long as the queue never
    // empties (an empty queue needs no arrival for 0.25 s at 500/s: p = e^-125). So the share
    // answered is C / D. Its spread comes from the Poisson count N of lookups offered:
    // sd(share) = share / sqrt(N); the queue's content at the ends of the stretch moves the
    // answered
    // count by at most C × backlog per replication. Tolerance: 4 sd plus that.
    List<ReplicationResult> reps = run(List.of(tenant("shop", 500, 0)), 0.25);
    long offered = 0;
    long failed = 0;
    for (ReplicationResult r : reps) {
      ResolverSeries s = r.regions().get(0).series();
      for (int m = FIRST; m <= LAST; m++) {
        offered += s.lookups(m);
        failed += s.failed(m);
        assertEquals(LEFT, s.capacity(m), 1e-9, "capacity left in minute " + m);
        assertTrue(s.utilisation(m) > 0.999, "utilisation " + s.utilisation(m) + " in " + m);
      }
    }
    double answered = 1.0 - (double) failed / offered;
    double expected = LEFT / 500.0;
    double tolerance =
        4 * expected / Math.sqrt((double) offered) + REPLICATIONS * LEFT * 0.25 / (double) offered;
    assertEquals(expected, answered, tolerance, "share answered of " + offered + " lookups");
  }

  @Test
  void aBacklogLongerThanTheWaitAnswersNothingInTimeUntilCapacityReturns() throws Exception {
    // The default backlog, twice the 0.5 s timeout: under D > C the queue fills in b C / (D - C)
    // = 0.7 s and stays within 1/C of 1 s, so every accepted lookup waits about 1 s > 0.5 s and
    // times out (wasted work), and every other one is dropped: none is answered in time (to fall
    // below 0.5 s the queue would need no arrival for 0.5 s: p = e^-250). Once the capacity is
    // back (1000/s > 500/s) the 1 s of queued work drains within minute 30.
    List<ReplicationResult> reps = run(List.of(tenant("shop", 500, 0)), Double.NaN);
    for (ReplicationResult r : reps) {
      ResolverSeries s = r.regions().get(0).series();
      for (int m = FIRST; m <= LAST; m++) {
        assertEquals(s.lookups(m), s.failed(m), "lookups answered in time in minute " + m);
      }
      for (int m = 31; m < s.minutes(); m++) {
        assertEquals(0, s.failed(m), "failed lookups in minute " + m + " after the loss");
      }
      for (int m = 0; m < 10; m++) {
        assertEquals(0, s.failed(m), "failed lookups in minute " + m + " before the loss");
        assertEquals(FULL, s.capacity(m), 1e-9);
      }
    }
  }

  @Test
  void retriesFeedTheLoadUpToTheFixedPointForEveryTenantOfTheRegion() throws Exception {
    // Tenant a (250/s) does not retry; tenant b (250/s) retries 3 times. A lookup fails with the
    // share p the resolver cannot accept, the same for every asker: p = 1 - C / D', where the
    // offered load counts b's retries, D' = 250 + 250 (1 + p + p^2 + p^3). Without b's retries
    // p would be 1 - 200/500 = 0.6; with them the fixed point is p* = 0.797 (solved below by
    // iteration). The closed form treats each attempt as accepted independently of the last, which
    // holds because a retry comes 0.5 s (the wait) plus a jittered backoff later, twice the time
    // the 0.25 s backlog takes to turn over; tolerance 0.02 for that approximation (the Poisson
    // spread over ~10^6 lookups is 0.001).
    List<ReplicationResult> reps = run(List.of(tenant("a", 250, 0), tenant("b", 250, 3)), 0.25);
    double p = 0.6;
    for (int i = 0; i < 200; i++) {
      double offered = 250 + 250 * (1 + p + p * p + p * p * p);
      p = 1 - LEFT / offered;
    }
    long lookups = 0;
    long failed = 0;
    long aRequests = 0;
    long aFailed = 0;
    for (ReplicationResult r : reps) {
      ResolverSeries s = r.regions().get(0).series();
      MinuteSeries a = r.tenants().get(0).series();
      for (int m = FIRST; m <= LAST; m++) {
        lookups += s.lookups(m);
        failed += s.failed(m);
        aRequests += a.get(MinuteSeries.Series.REQUESTS, m);
        aFailed += a.get(MinuteSeries.Series.FAILED_INTERNAL_DNS, m);
      }
    }
    assertEquals(p, (double) failed / lookups, 0.02, "failure share of the region's lookups");
    assertEquals(p, (double) aFailed / aRequests, 0.02, "failure share of a, which never retries");
    assertTrue(p > 0.75, "the fixed point lies well above the 0.6 of no retries: " + p);
  }

  private static TenantSpec tenant(String id, double rate, int retries) {
    TenantSpec t = Scenarios.checkoutTenant(id, rate);
    t =
        Scenarios.withCapacity(
            Scenarios.withInternalDns(t, new InternalDnsSpec(1, 1, 0.0, 0.0).withStub(1, WAIT_S)),
            new CapacitySpec(1000, new DelaySpec.Constant(0.01), 10_000));
    return Scenarios.withSession(
        t, t.session(), new ClientSpec(retries, 0.05, 0.2, 10.0), t.user());
  }

  /**
   * Runs the tenants against the shrinking resolver; {@code backlogS} NaN for the default (twice
   * the timeout).
   */
  static List<ReplicationResult> run(List<TenantSpec> tenants, double backlogS) throws Exception {
    ResolverSpec resolver =
        Double.isNaN(backlogS)
            ? new ResolverSpec(FULL, WAIT_S)
            : new ResolverSpec(FULL, WAIT_S, backlogS);
    List<FaultSpec> faults =
        List.of(
            new ResolverCapacityLoss(
                Scenarios.REGION, AT, WINDOW, StepProfile.constant(1 - LEFT / FULL)));
    ScenarioSpec spec =
        new ScenarioSpec(
            "fleet",
            "",
            OffsetDateTime.parse("2018-11-22T06:00:00+09:00"),
            AT + WINDOW + 300,
            REPLICATIONS,
            11L,
            List.of(new RegionSpec(Scenarios.REGION, resolver)),
            new DnsSpec(50, 0.0, 300.0, TtlViolationSpec.none(), false),
            faults,
            Map.of(),
            tenants);
    return ArrivalsTest.run(spec);
  }
}
