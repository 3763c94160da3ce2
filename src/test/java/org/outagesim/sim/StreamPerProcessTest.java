package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TenantSpec.SessionSpec;
import org.outagesim.model.spec.TenantSpec.UserSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;

/**
 * One random stream per random process: a change to how often one process draws leaves the draws of
 * the others as they were, so that common random numbers keep the points of a sweep in step. Here
 * the return decisions and the think times change; which sessions arrive and which of them mean to
 * buy must not. (These are exact equalities of counts: the same draws, not similar ones.)
 */
class StreamPerProcessTest {

  private static final double RATE = 5.0;

  @Test
  void anotherReturnProbabilityLeavesArrivalsAndIntentAsTheyWere() throws Exception {
    List<ReplicationResult> few = run(tenant(0.1, 3, 10.0));
    List<ReplicationResult> many = run(tenant(0.9, 3, 10.0));
    assertSameSessionsAndIntent(few, many);
    // The change did change what it should: more users came back.
    assertNotEquals(
        few.get(0).tenants().get(0).get(Metric.TRANSACTIONS_LOST),
        many.get(0).tenants().get(0).get(Metric.TRANSACTIONS_LOST));
  }

  @Test
  void otherThinkTimesLeaveArrivalsAndIntentAsTheyWere() throws Exception {
    assertSameSessionsAndIntent(run(tenant(0.5, 3, 10.0)), run(tenant(0.5, 3, 40.0)));
  }

  private static void assertSameSessionsAndIntent(
      List<ReplicationResult> a, List<ReplicationResult> b) {
    for (int r = 0; r < a.size(); r++) {
      var x = a.get(r).tenants().get(0);
      var y = b.get(r).tenants().get(0);
      assertEquals(x.get(Metric.SESSIONS), y.get(Metric.SESSIONS), "sessions, replication " + r);
      assertEquals(
          x.get(Metric.TRANSACTIONS_INTENDED),
          y.get(Metric.TRANSACTIONS_INTENDED),
          "sessions with intent, replication " + r);
    }
  }

  /**
   * Three pages with think times; half the sessions mean to buy; users give up during the fault.
   */
  private static TenantSpec tenant(double returnProbability, int pages, double thinkTimeS) {
    TenantSpec t = Scenarios.checkoutTenant("shop", RATE);
    return Scenarios.withSession(
        t,
        new SessionSpec(pages, thinkTimeS, 0.5, 100.0),
        t.client(),
        new UserSpec(0, 30.0, returnProbability, 600.0));
  }

  private static List<ReplicationResult> run(TenantSpec t) throws Exception {
    var fault =
        new RegionResolverFailure(
            Scenarios.REGION, 1200, 1200, DnsFailureMode.SERVFAIL, StepProfile.constant(0.5), 0);
    return ArrivalsTest.run(Scenarios.scenario(3600, 3, List.of(t), List.of(fault)));
  }
}
