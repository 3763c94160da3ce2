package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ResolverSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TenantSpec.CapacitySpec;
import org.outagesim.model.spec.TenantSpec.ClientSpec;
import org.outagesim.model.spec.TenantSpec.InternalDnsSpec;
import org.outagesim.model.spec.TtlViolationSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/**
 * Requests delayed on their way mixed with requests that are not. The tenant's DNS provider times
 * out every query for 20 minutes while resolvers serve stale answers (RFC 8767): a session whose
 * resolver's entry has just expired reaches the servers 5 s after it was made, the others at once.
 * Both the tenant's servers and the region resolver are far from busy (utilisation 0.2 and 0.01),
 * so no request may fail, and a request that is not delayed is served at once: a delayed request
 * must not hold up the ones made after it that arrive before it. The fault covers 91% of the run;
 * about one request in eight is delayed (50 resolvers, each delayed once per ~40 s: 30 s of stale
 * answer, the 5 s query and the gap to its next session), so the median is that of an undelayed
 * request: the 20 ms service plus an M/D/1 wait (mean 2.5 ms at ρ = 0.2), below 100 ms. Held up,
 * nearly every request of the fault would wait for the delayed one before it (a delayed query
 * starts 1.25 times a second, so one falls in the 5 s before a request with probability 0.998) and
 * the median would be seconds.
 */
class DelayedArrivalsTest {

  private static final double RATE = 10.0;
  private static final double AT = 60.0;
  private static final double D = 1200.0;

  @Test
  void aDelayedRequestDoesNotHoldUpTheQueueForRequestsThatArriveBeforeIt() throws Exception {
    // One server, constant 20 ms service: M/D/1 at ρ = 0.2. A wait of 0.5 s needs 25 requests
    // queued (probability below 1e-15 per arrival): the client's 5.5 s timeout is never reached.
    TenantSpec t =
        tenant(
            new CapacitySpec(1, new DelaySpec.Constant(0.02), 10_000),
            new InternalDnsSpec(0, 1, 0.0, 0.0));
    for (ReplicationResult r : run(t, ResolverSpec.unlimited())) {
      assertNoFailuresButDelays(r.tenants().get(0));
    }
  }

  @Test
  void aDelayedLookupDoesNotHoldUpTheResolverForLookupsMadeBeforeIt() throws Exception {
    // Ample servers; every request asks the region resolver (no app cache), which answers 1000
    // lookups/s and gives up after 2 s: at 10 lookups/s it never queues more than a few ms.
    TenantSpec t =
        tenant(
            new CapacitySpec(1000, new DelaySpec.Constant(0.01), 10_000),
            new InternalDnsSpec(1, 1, 0.0, 0.0));
    for (ReplicationResult r : run(t, new ResolverSpec(1000.0, 2.0))) {
      assertNoFailuresButDelays(r.tenants().get(0));
    }
  }

  private static void assertNoFailuresButDelays(TenantResult t) {
    assertEquals(0, t.get(Metric.REQUESTS_FAILED), "failed requests");
    assertTrue(
        t.get(Metric.LATENCY_P50_MS) < 100,
        "median latency " + t.get(Metric.LATENCY_P50_MS) + " ms");
    // The delays did happen: one request in eight took 5 s more, which lifts the mean above 500 ms.
    assertTrue(
        t.get(Metric.LATENCY_MEAN_MS) > 300,
        "mean latency " + t.get(Metric.LATENCY_MEAN_MS) + " ms");
  }

  private static TenantSpec tenant(CapacitySpec capacity, InternalDnsSpec dns) {
    TenantSpec t = Scenarios.checkoutTenant("shop", RATE);
    t = Scenarios.withCapacity(Scenarios.withInternalDns(t, dns), capacity);
    t = Scenarios.withSession(t, t.session(), new ClientSpec(0, 0.5, 20.0, 5.5), t.user());
    return Scenarios.withDnsProvider(t, "dyn");
  }

  private static List<ReplicationResult> run(TenantSpec t, ResolverSpec resolver) throws Exception {
    List<FaultSpec> faults =
        List.of(
            new AuthoritativeDnsFailure(
                "dyn", AT, D, DnsFailureMode.TIMEOUT, StepProfile.constant(1.0)));
    ScenarioSpec spec =
        new ScenarioSpec(
            "delayed",
            "",
            OffsetDateTime.parse("2018-11-22T06:00:00+09:00"),
            AT + D + 60,
            3,
            7L,
            List.of(new RegionSpec(Scenarios.REGION, resolver)),
            new DnsSpec(50, 0.0, 300.0, TtlViolationSpec.none(), true),
            faults,
            Map.of(),
            List.of(t));
    return ArrivalsTest.run(spec);
  }
}
