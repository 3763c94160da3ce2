package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.CircuitBreakerSpec;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.InstanceReplacementSpec;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TenantSpec.InternalDnsSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;

/**
 * What keeps a tenant down after its region's resolver is back, against closed forms. The resolver
 * fails every lookup (SERVFAIL) from minute 10 for {@code D}; the tenant (20 checkouts/s, one
 * lookup each, no app cache, one stub attempt, ample servers, no retries) needs a good lookup for
 * every request. The time to recover is read at minute resolution: it is the start of the first
 * minute from which the tenant succeeds again, less the fault start, so a recovery at time {@code
 * x} gives {@code ceil(x / 60) × 60 − AT} when {@code x} falls inside a minute.
 */
class HoldingFailureTest {
  private static final double AT = 600.0;
  private static final double I = 30.0;
  private static final int K = 2;
  private static final double B = 300.0;

  @Test
  void withoutAMechanismTheTenantRecoversWithTheResolver() throws Exception {
    double d = 1145.0;
    for (ReplicationResult r : run(tenant(null, null), d)) {
      assertEquals(minuteAfter(AT + d), recovered(r), "time to recover without a mechanism");
    }
  }

  @Test
  void replacedInstancesBringTheTenantBackABootTimeAfterTheFault() throws Exception {
    // Instance i is checked at phase psi_i in [0, I) of every interval. With the fault its checks
    // fail; the K-th failure takes it out at R_0 = AT + psi_i + (K - 1) I; its replacement serves
    // from R_0 + B, fails K checks again and is replaced at R_0 + B + K I: a cycle of B + K I =
    // 360 s, so R_j = AT + psi_i + 30 + 360 j. A fault of D = 60 + 3 x 360 + 5 = 1145 s ends 5 to
    // 35
    // s after every instance's R_3, so all are booting when it ends and serve from R_3 + B, in
    // [AT + D + B - I - 5, AT + D + B - 5): the tenant is back between fault end + B - I and fault
    // end + B, at most one interval before it. Here that is inside minute 33, so 1440 s.
    double d = 60 + 3 * (B + K * I) + 5;
    TenantSpec t = tenant(new InstanceReplacementSpec(I, K, B), null);
    for (ReplicationResult r : run(t, d)) {
      double ttr = recovered(r);
      assertTrue(
          ttr >= minuteAfter(AT + d + B - I - 5) && ttr <= minuteAfter(AT + d + B),
          "time to recover " + ttr + " s, fault " + d + " s, boot " + B + " s");
      assertTrue(ttr > minuteAfter(AT + d), "replacement must lengthen the outage: " + ttr);
    }
  }

  @Test
  void anOpenCircuitBreakerHoldsTheFailureUntilItsWaitEnds() throws Exception {
    // One instance; its breaker (count window 100, minimum 100 calls, 50%, open 600 s, 10 trial
    // calls) held 100 successes when the fault began, so it opens after 50 failures, c = 2.5 s
    // (50 requests at 20/s). Half open at AT + c + 600, its 10 trials fail within 0.5 s and it
    // opens
    // again until AT + c + 1200.5 or so; the fault (900 s) has ended by then, the trials succeed
    // and
    // it closes: the tenant is back about 1200 s after the fault start, not 900 s. 2.5 s varies
    // with the Poisson arrivals by well under the 57 s left in minute 30, so recovery reads 1260 s.
    double d = 900.0;
    TenantSpec t = tenant(null, new CircuitBreakerSpec(0.5, 100, 100, 600.0, 10));
    for (ReplicationResult r : run(t, d)) {
      assertEquals(minuteAfter(AT + 1200.0 + 3.0), recovered(r), "time to recover");
      assertTrue(recovered(r) > minuteAfter(AT + d), "the breaker must hold failure longer");
    }
  }

  /** The time to recover that a recovery at {@code x}, inside a minute, reads as. */
  private static double minuteAfter(double x) {
    return Math.ceil(x / 60.0) * 60.0 - AT;
  }

  private static double recovered(ReplicationResult r) {
    return r.tenants().get(0).get(Metric.TIME_TO_RECOVER_S);
  }

  private static TenantSpec tenant(InstanceReplacementSpec r, CircuitBreakerSpec b) {
    TenantSpec t = Scenarios.checkoutTenant("shop", 20.0);
    int instances = b == null ? 5 : 1;
    t =
        Scenarios.withInternalDns(
            t, new InternalDnsSpec(1, instances, 0.0, 0.0).withStub(1, Double.NaN));
    return Scenarios.withRecovery(t, r, b);
  }

  private static List<ReplicationResult> run(TenantSpec t, double d) throws Exception {
    var faults =
        List.<org.outagesim.model.spec.FaultSpec>of(
            new RegionResolverFailure(
                Scenarios.REGION, AT, d, DnsFailureMode.SERVFAIL, StepProfile.constant(1.0), 0));
    return ArrivalsTest.run(Scenarios.scenario(AT + d + 900, 3, List.of(t), faults));
  }
}
