package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TenantSpec.CapacitySpec;
import org.outagesim.model.spec.TenantSpec.ClientSpec;
import org.outagesim.model.spec.TenantSpec.InternalDnsSpec;
import org.outagesim.model.spec.TenantSpec.SessionSpec;
import org.outagesim.model.spec.TenantSpec.UserSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/** The transaction ledger and retry accounting, which hold exactly in every replication. */
class LedgerTest {

  @Test
  void everyIntendedTransactionEndsCompletedLostOrPending() throws Exception {
    TenantSpec browsing =
        Scenarios.withSession(
            Scenarios.checkoutTenant("mall", 15),
            new SessionSpec(6, 10.0, 0.3, 80.0),
            new ClientSpec(2, 0.5, 20.0, 5.0),
            new UserSpec(1, 30.0, 0.5, 600.0));
    TenantSpec tight =
        Scenarios.withCapacity(
            Scenarios.withInternalDns(
                Scenarios.withSession(
                    Scenarios.checkoutTenant("bank", 8),
                    new SessionSpec(3, 5.0, 0.5, 10.0),
                    new ClientSpec(3, 0.2, 5.0, 2.0),
                    new UserSpec(2, 10.0, 0.8, 300.0)),
                new InternalDnsSpec(2, 4, 30.0, 10.0)),
            new CapacitySpec(2, new DelaySpec.Exponential(0.05), 20));
    List<FaultSpec> faults =
        List.of(
            new RegionResolverFailure(
                Scenarios.REGION, 900, 1200, DnsFailureMode.TIMEOUT, StepProfile.constant(0.7), 0),
            new RegionOutage(Scenarios.REGION, 2400, 300));
    List<ReplicationResult> reps =
        ArrivalsTest.run(Scenarios.scenario(3600, 4, List.of(browsing, tight), faults));
    long deferred = 0;
    long pending = 0;
    for (ReplicationResult r : reps) {
      for (TenantResult t : r.tenants()) {
        double intended = t.get(Metric.TRANSACTIONS_INTENDED);
        double ended =
            t.get(Metric.TRANSACTIONS_COMPLETED)
                + t.get(Metric.TRANSACTIONS_LOST)
                + t.get(Metric.TRANSACTIONS_PENDING);
        assertEquals(intended, ended, t.tenant() + " in replication " + r.replication());
        assertTrue(t.get(Metric.TRANSACTIONS_DEFERRED) <= t.get(Metric.TRANSACTIONS_COMPLETED));
        assertEquals(
            t.get(Metric.REQUESTS_FAILED),
            t.get(Metric.FAILED_PUBLIC_DNS)
                + t.get(Metric.FAILED_INTERNAL_DNS)
                + t.get(Metric.FAILED_UNREACHABLE)
                + t.get(Metric.FAILED_OVERLOAD));
        assertEquals(
            t.get(Metric.REVENUE_LOST),
            t.get(Metric.TRANSACTIONS_LOST) * (t.tenant().equals("mall") ? 80 : 10));
        deferred += (long) t.get(Metric.TRANSACTIONS_DEFERRED);
        pending += (long) t.get(Metric.TRANSACTIONS_PENDING);
      }
    }
    assertTrue(deferred > 0, "returning users should complete some transactions");
    assertTrue(pending > 0, "users due back after the horizon should be pending");
  }

  @Test
  void aFailingPageGetsClientTimesUserAttempts() throws Exception {
    // The region is down for the whole run: every page is tried (1 + 2) * (1 + 1) = 6 times. A
    // session still retrying at the horizon is pending, with 0 to 5 failed attempts counted.
    TenantSpec t =
        Scenarios.withSession(
            Scenarios.checkoutTenant("shop", 5),
            new SessionSpec(1, 0, 1, 1),
            new ClientSpec(2, 0.1, 1.0, 1.0),
            new UserSpec(1, 5.0, 0.0, 0.0));
    List<ReplicationResult> reps =
        ArrivalsTest.run(
            Scenarios.scenario(
                3600, 2, List.of(t), List.of(new RegionOutage(Scenarios.REGION, 0, 3600))));
    for (ReplicationResult r : reps) {
      TenantResult tr = r.tenants().get(0);
      assertEquals(0, tr.get(Metric.TRANSACTIONS_COMPLETED));
      double lost = tr.get(Metric.TRANSACTIONS_LOST);
      double pending = tr.get(Metric.TRANSACTIONS_PENDING);
      assertEquals(tr.get(Metric.SESSIONS), lost + pending);
      assertTrue(pending < 100, "only sessions of the last ~12 s are pending, got " + pending);
      double failed = tr.get(Metric.FAILED_UNREACHABLE);
      assertTrue(
          failed >= 6 * lost && failed <= 6 * lost + 5 * pending,
          failed + " failures for " + lost + " lost");
      double retries = tr.get(Metric.RETRIES);
      assertTrue(
          retries >= 5 * lost && retries <= 5 * lost + 5 * pending,
          retries + " retries for " + lost + " lost");
    }
  }
}
