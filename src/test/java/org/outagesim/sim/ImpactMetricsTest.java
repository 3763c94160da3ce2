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
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/**
 * Degraded minutes and the failed-request share against values computed from the fault alone. Each
 * session is one checkout without retries or caching, so requests fail exactly while the resolver
 * fails them: a hard outage from minute 30 to minute 60 fails every request of those 30 minutes and
 * no other.
 */
class ImpactMetricsTest {

  private static final double RATE = 20.0;
  private static final double AT = 1800.0;
  private static final double D = 1800.0;
  private static final double HORIZON = 7200.0;
  private static final int REPLICATIONS = 10;

  @Test
  void aHardOutageIsBelowTheSloForExactlyItsMinutes() throws Exception {
    for (ReplicationResult r : run(1.0, 0.999)) {
      TenantResult t = r.tenants().get(0);
      assertEquals(D / 60, t.get(Metric.DEGRADED_MINUTES), "minutes below 99.9%");
      assertEquals(D / 60, t.get(Metric.DOWNTIME_MINUTES), "minutes below 50%");
    }
  }

  @Test
  void failedRequestShareIsFailedOverRequestsAndMatchesTheOutageShare() throws Exception {
    List<ReplicationResult> reps = run(1.0, 0.999);
    for (ReplicationResult r : reps) {
      TenantResult t = r.tenants().get(0);
      assertEquals(
          t.get(Metric.REQUESTS_FAILED) / t.get(Metric.REQUESTS),
          t.get(Metric.FAILED_REQUEST_SHARE),
          1e-15);
    }
    // Poisson arrivals at a constant rate: the outage holds D / HORIZON of them.
    Estimate share = Estimate.of(reps, Metric.FAILED_REQUEST_SHARE, 0.99);
    assertTrue(share.contains(D / HORIZON), "expected " + D / HORIZON + " inside 99% CI " + share);
    assertTrue(share.halfWidth() < 0.01, "CI too wide: " + share);
  }

  @Test
  void aPartialFailureCountsAsDegradedOnlyWhenItBreaksTheSlo() throws Exception {
    // Error rate 0.3 with the stub resolver's two attempts: a request fails with 0.09, so a fault
    // minute (1,200 requests) succeeds 91% ± 0.8% (one sd): five sd below 95%, far above 80%.
    for (ReplicationResult r : run(0.3, 0.95)) {
      assertEquals(D / 60, r.tenants().get(0).get(Metric.DEGRADED_MINUTES), "SLO 95%");
      assertEquals(0, r.tenants().get(0).get(Metric.DOWNTIME_MINUTES), "never below half");
    }
    for (ReplicationResult r : run(0.3, 0.80)) {
      assertEquals(0, r.tenants().get(0).get(Metric.DEGRADED_MINUTES), "SLO 80%");
    }
  }

  private static List<ReplicationResult> run(double errorRate, double slo) throws Exception {
    TenantSpec t =
        withSlo(
            Scenarios.withInternalDns(
                Scenarios.checkoutTenant("shop", RATE), new InternalDnsSpec(1, 1, 0.0, 0.0)),
            slo);
    var fault =
        new RegionResolverFailure(
            Scenarios.REGION, AT, D, DnsFailureMode.SERVFAIL, StepProfile.constant(errorRate), 0.0);
    return ArrivalsTest.run(Scenarios.scenario(HORIZON, REPLICATIONS, List.of(t), List.of(fault)));
  }

  private static TenantSpec withSlo(TenantSpec t, double slo) {
    return new TenantSpec(
        t.id(),
        t.sector(),
        t.traffic(),
        t.session(),
        t.client(),
        t.user(),
        t.capacity(),
        t.internalDns(),
        t.deployment(),
        t.dnsProvider(),
        slo);
  }
}
