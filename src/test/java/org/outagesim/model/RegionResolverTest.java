package org.outagesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertEquals(LookupResult.OK, r.lookup(99.9, 0, 0.5).result());
    assertEquals(LookupResult.SERVFAIL, r.lookup(100.0, 0, 0.5).result());
    assertEquals(LookupResult.SERVFAIL, r.lookup(149.9, 0, 0.5).result());
    assertEquals(LookupResult.OK, r.lookup(150.0, 0, 0.5).result());
  }

  @Test
  void nxdomainIsCachedPerNameForTheFaultsNegativeTtl() {
    RegionResolver r = resolver(DnsFailureMode.NXDOMAIN, Double.POSITIVE_INFINITY);
    assertEquals(LookupResult.NXDOMAIN, r.lookup(149.0, 0, 0.5).result());
    assertEquals(LookupResult.OK, r.lookup(160.0, 1, 0.5).result());
    assertEquals(LookupResult.NXDOMAIN, r.lookup(178.9, 0, 0.5).result());
    assertEquals(LookupResult.OK, r.lookup(179.0, 0, 0.5).result());
  }

  @Test
  void timeoutModeCostsTheResolverTimeout() {
    RegionResolver r = resolver(DnsFailureMode.TIMEOUT, Double.POSITIVE_INFINITY);
    assertEquals(Lookup.of(LookupResult.TIMEOUT, 5.0), r.lookup(120.0, 0, 0.5));
    assertEquals(Lookup.of(LookupResult.OK, 0.0), r.lookup(160.0, 0, 0.5));
  }

  @Test
  void lookupsQueueAtCapacityAndTimeOutWhenTheBacklogExceedsTheTimeout() {
    // 2 lookups/s: each takes 0.5 s of the resolver's time; timeout 5 s.
    RegionResolver r = resolver(DnsFailureMode.SERVFAIL, 2);
    assertEquals(Lookup.of(LookupResult.OK, 0.0), r.lookup(10.0, 0, 0.5));
    Lookup second = r.lookup(10.0, 0, 0.5);
    assertEquals(LookupResult.OK, second.result());
    assertEquals(0.5, second.latencyS(), 1e-12);
    for (int i = 0; i < 9; i++) {
      r.lookup(10.0, 0, 0.5);
    }
    // 11 lookups queued at t=10: the next waits 5.5 s > timeout, yet still costs the resolver 0.5
    // s.
    assertEquals(Lookup.of(LookupResult.TIMEOUT, 5.0), r.lookup(10.0, 0, 0.5));
    assertEquals(1, r.overloadedLookups());
    // The queue drains at capacity: work until t = 16.0, so at t = 12 the wait is 4 s.
    Lookup later = r.lookup(12.0, 0, 0.5);
    assertEquals(LookupResult.OK, later.result());
    assertEquals(4.0, later.latencyS(), 1e-12);
  }

  @Test
  void lookupsFindingTwoTimeoutsOfBacklogAreDroppedWithoutCost() {
    RegionResolver r = resolver(DnsFailureMode.SERVFAIL, 1);
    for (int i = 0; i < 12; i++) {
      r.lookup(0.0, 0, 0.5);
    }
    // Work until t = 11 (the 12th was dropped): a lookup at 0 waits 11 s > 10 s and is dropped too.
    assertEquals(LookupResult.TIMEOUT, r.lookup(0.0, 0, 0.5).result());
    assertEquals(LookupResult.TIMEOUT, r.lookup(1.5, 0, 0.5).result());
    Lookup later = r.lookup(8.0, 0, 0.5);
    assertEquals(LookupResult.OK, later.result());
    assertEquals(4.0, later.latencyS(), 1e-12);
  }

  @Test
  void anEmptyAnswerIsNotSeenByALookupMadeBeforeItWasStored() {
    // Half the lookups fail with NXDOMAIN (negative TTL 30 s). A request evaluated at 100 but
    // starting service at 120 stores an empty answer from 120; a lookup made at 101, evaluated
    // afterwards, that the fault spares (draw 0.9 > 0.5) must get an answer.
    var fault =
        new RegionResolverFailure(
            "r", 100, 50, DnsFailureMode.NXDOMAIN, StepProfile.constant(0.5), 30);
    RegionResolver r = new RegionResolver(Double.POSITIVE_INFINITY, 5.0, List.of(fault), 1);
    assertEquals(LookupResult.NXDOMAIN, r.lookup(100.0, 120.0, 0, 0.1).result());
    assertEquals(LookupResult.OK, r.lookup(101.0, 101.0, 0, 0.9).result());
    // From 120 on, until 150, the stored answer is seen whatever the draw.
    assertEquals(LookupResult.NXDOMAIN, r.lookup(102.0, 120.0, 0, 0.9).result());
    assertEquals(LookupResult.NXDOMAIN, r.lookup(149.9, 149.9, 0, 0.9).result());
    assertEquals(LookupResult.OK, r.lookup(150.0, 150.0, 0, 0.9).result());
  }

  @Test
  void anEmptyAnswerFromARecordRemovalExistsOnlyFromItsLookup() {
    var removal = new RecordRemoval(null, "db", null, 100, 50, StepProfile.constant(0.5), 60);
    RegionResolver r =
        new RegionResolver(Double.POSITIVE_INFINITY, 5.0, List.of(), List.of(List.of(removal)));
    assertEquals(LookupResult.NXDOMAIN, r.lookup(100.0, 110.0, 0, 0.1).result());
    assertEquals(LookupResult.OK, r.lookup(100.0, 105.0, 0, 0.9).result());
    assertEquals(LookupResult.NXDOMAIN, r.lookup(100.0, 110.0, 0, 0.9).result());
  }

  @Test
  void lookupsMustBecomeKnownInTimeOrder() {
    RegionResolver r = resolver(DnsFailureMode.SERVFAIL, 2);
    r.lookup(10.0, 0, 0.5);
    assertThrows(IllegalArgumentException.class, () -> r.lookup(9.0, 9.0, 0, 0.5));
  }

  @Test
  void recordRemovalAnswersThatNameEmptyAndTheResolverCachesIt() {
    var removal = new RecordRemoval(null, "db", null, 100, 50, StepProfile.constant(1.0), 60);
    RegionResolver r =
        new RegionResolver(
            Double.POSITIVE_INFINITY, 5.0, List.of(), List.of(List.of(removal), List.of()));
    assertEquals(LookupResult.OK, r.lookup(99.0, 0, 0.5).result());
    assertEquals(LookupResult.NXDOMAIN, r.lookup(149.0, 0, 0.5).result());
    assertEquals(LookupResult.OK, r.lookup(149.0, 1, 0.5).result());
    assertEquals(LookupResult.NXDOMAIN, r.lookup(208.9, 0, 0.5).result());
    assertEquals(LookupResult.OK, r.lookup(209.0, 0, 0.5).result());
  }

  @Test
  void errorRateDecidesWithTheDraw() {
    var fault =
        new RegionResolverFailure(
            "r", 0, 50, DnsFailureMode.SERVFAIL, StepProfile.constant(0.3), 0);
    RegionResolver r = new RegionResolver(Double.POSITIVE_INFINITY, 5.0, List.of(fault), 1);
    assertEquals(LookupResult.SERVFAIL, r.lookup(1.0, 0, 0.29).result());
    assertEquals(LookupResult.OK, r.lookup(1.0, 0, 0.31).result());
  }
}
