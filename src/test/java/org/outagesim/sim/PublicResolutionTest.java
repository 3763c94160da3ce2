package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.SingleRegion;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TtlViolationSpec;

/** One resolver, one session: what a resolution returns when the provider times out. */
class PublicResolutionTest {

  private static final TenantSpec TENANT =
      Scenarios.withDnsProvider(
          Scenarios.singleRegion(Scenarios.checkoutTenant("shop", 1.0), 60.0), "dyn");
  private static final AuthoritativeDnsFailure TIMEOUTS =
      new AuthoritativeDnsFailure(
          "dyn", 0.0, 1000.0, DnsFailureMode.TIMEOUT, StepProfile.constant(1.0));

  private static PublicResolution resolution(DnsSpec dns) {
    FaultIndex faults =
        new FaultIndex(Scenarios.scenario(1000.0, 1, List.of(TENANT), List.of(TIMEOUTS)));
    return new PublicResolution(
        TENANT,
        dns,
        faults,
        new SingleRegion(0),
        new boolean[1],
        new double[1],
        new TenantStreams(new Streams(1L, 0), TENANT));
  }

  @Test
  void aTimedOutQueryCostsTheUserTheDnsTimeout() {
    PublicResolution p =
        resolution(new DnsSpec(1, 0.0, 300.0, TtlViolationSpec.none(), false, 5.0, 2.0));
    // The warm entry expires within the first TTL (60 s): by then the query times out.
    PublicResolution.Answer a = p.resolve(new Session(0, true), 61.0);
    assertTrue(a.failed());
    assertEquals(2.0, a.delayS());
    // The failure is cached for failureTtl (5 s) from when the query ended (63 s).
    assertEquals(0.0, p.resolve(new Session(0, true), 67.9).delayS());
    assertEquals(2.0, p.resolve(new Session(0, true), 68.1).delayS());
  }

  @Test
  void withServeStaleTheAnswerComesAfterTheTimeout() {
    PublicResolution p =
        resolution(new DnsSpec(1, 0.0, 300.0, TtlViolationSpec.none(), true, 5.0, 1.5));
    PublicResolution.Answer a = p.resolve(new Session(0, true), 61.0);
    assertFalse(a.failed());
    assertEquals(0, a.region());
    assertEquals(1.5, a.delayS());
  }

  @Test
  void theDefaultTimeoutIsGlibcsFiveSeconds() {
    PublicResolution p = resolution(new DnsSpec(1, 0.0, 300.0, TtlViolationSpec.none(), false));
    assertEquals(5.0, p.resolve(new Session(0, true), 61.0).delayS());
  }
}
