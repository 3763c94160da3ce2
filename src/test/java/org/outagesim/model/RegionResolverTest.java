package org.outagesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.StepProfile;

class RegionResolverTest {

  private static RegionResolver resolver(DnsFailureMode mode, double capacity) {
    var fault = new RegionResolverFailure("r", 100, 50, mode, StepProfile.constant(1.0), 30);
    return new RegionResolver(capacity, 5.0, List.of(fault), 2);
  }

  @Test
  void failsOnlyInsideTheFaultWindowInServfailMode() {
    RegionResolver r = resolver(DnsFailureMode.SERVFAIL, Double.POSITIVE_INFINITY);
    assertEquals(LookupResult.OK, r.lookup(99.9, 0, 0.5));
    assertEquals(LookupResult.SERVFAIL, r.lookup(100.0, 0, 0.5));
    assertEquals(LookupResult.SERVFAIL, r.lookup(149.9, 0, 0.5));
    assertEquals(LookupResult.OK, r.lookup(150.0, 0, 0.5));
  }

  @Test
  void nxdomainIsCachedPerNameForTheFaultsNegativeTtl() {
    RegionResolver r = resolver(DnsFailureMode.NXDOMAIN, Double.POSITIVE_INFINITY);
    assertEquals(LookupResult.NXDOMAIN, r.lookup(149.0, 0, 0.5));
    assertEquals(LookupResult.NXDOMAIN, r.lookup(178.9, 0, 0.5));
    assertEquals(LookupResult.OK, r.lookup(179.0, 0, 0.5));
    assertEquals(LookupResult.OK, r.lookup(160.0, 1, 0.5));
  }

  @Test
  void timeoutModeCostsTheResolverTimeout() {
    RegionResolver r = resolver(DnsFailureMode.TIMEOUT, Double.POSITIVE_INFINITY);
    assertEquals(LookupResult.TIMEOUT, r.lookup(120.0, 0, 0.5));
    assertEquals(5.0, r.lastLatencyS());
    assertEquals(LookupResult.OK, r.lookup(160.0, 0, 0.5));
    assertEquals(0.0, r.lastLatencyS());
  }

  @Test
  void lookupsQueueAtCapacityAndTimeOutWhenTheBacklogExceedsTheTimeout() {
    // 2 lookups/s: each takes 0.5 s of the resolver's time; timeout 5 s.
    RegionResolver r = resolver(DnsFailureMode.SERVFAIL, 2);
    assertEquals(LookupResult.OK, r.lookup(10.0, 0, 0.5));
    assertEquals(0.0, r.lastLatencyS());
    assertEquals(LookupResult.OK, r.lookup(10.0, 0, 0.5));
    assertEquals(0.5, r.lastLatencyS(), 1e-12);
    for (int i = 0; i < 9; i++) {
      r.lookup(10.0, 0, 0.5);
    }
    // 11 lookups queued at t=10: the next waits 5.5 s > timeout, yet still costs the resolver 0.5 s.
    assertEquals(LookupResult.TIMEOUT, r.lookup(10.0, 0, 0.5));
    assertEquals(5.0, r.lastLatencyS());
    assertEquals(1, r.overloadedLookups());
    // The queue drains at capacity: work until t = 16.0, so at t = 12 the wait is 4 s.
    assertEquals(LookupResult.OK, r.lookup(12.0, 0, 0.5));
    assertEquals(4.0, r.lastLatencyS(), 1e-12);
  }

  @Test
  void lookupsFindingTwoTimeoutsOfBacklogAreDroppedWithoutCost() {
    RegionResolver r = resolver(DnsFailureMode.SERVFAIL, 1);
    for (int i = 0; i < 12; i++) {
      r.lookup(0.0, 0, 0.5);
    }
    // Work until t = 11 (the 12th was dropped): a lookup at 0 waits 11 s > 10 s and is dropped too.
    assertEquals(LookupResult.TIMEOUT, r.lookup(0.0, 0, 0.5));
    assertEquals(LookupResult.TIMEOUT, r.lookup(1.5, 0, 0.5));
    assertEquals(LookupResult.OK, r.lookup(8.0, 0, 0.5));
    assertEquals(4.0, r.lastLatencyS(), 1e-12);
  }

  @Test
  void recordRemovalAnswersThatNameEmptyAndTheResolverCachesIt() {
    var removal = new RecordRemoval(null, "db", null, 100, 50, StepProfile.constant(1.0), 60);
    RegionResolver r = new RegionResolver(Double.POSITIVE_INFINITY, 5.0, List.of(),
        List.of(List.of(removal), List.of()));
    assertEquals(LookupResult.OK, r.lookup(99.0, 0, 0.5));
    assertEquals(LookupResult.NXDOMAIN, r.lookup(149.0, 0, 0.5));
    assertEquals(LookupResult.OK, r.lookup(149.0, 1, 0.5));
    assertEquals(LookupResult.NXDOMAIN, r.lookup(208.9, 0, 0.5));
    assertEquals(LookupResult.OK, r.lookup(209.0, 0, 0.5));
  }

  @Test
  void errorRateDecidesWithTheDraw() {
    var fault = new RegionResolverFailure("r", 0, 50, DnsFailureMode.SERVFAIL, StepProfile.constant(0.3), 0);
    RegionResolver r = new RegionResolver(Double.POSITIVE_INFINITY, 5.0, List.of(fault), 1);
    assertEquals(LookupResult.SERVFAIL, r.lookup(1.0, 0, 0.29));
    assertEquals(LookupResult.OK, r.lookup(1.0, 0, 0.31));
  }
}
