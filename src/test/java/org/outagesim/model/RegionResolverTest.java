package org.outagesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DnsFailureMode;
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
    LookupResult res = r.lookup(120.0, 0, 0.5);
    assertEquals(LookupResult.TIMEOUT, res);
    assertEquals(5.0, r.latency(res));
    assertEquals(0.0, r.latency(LookupResult.SERVFAIL));
  }

  @Test
  void lookupsBeyondCapacityInOneSecondAreRefused() {
    RegionResolver r = resolver(DnsFailureMode.SERVFAIL, 2);
    assertEquals(LookupResult.OK, r.lookup(10.1, 0, 0.5));
    assertEquals(LookupResult.OK, r.lookup(10.2, 0, 0.5));
    assertEquals(LookupResult.SERVFAIL, r.lookup(10.3, 0, 0.5));
    assertEquals(LookupResult.OK, r.lookup(11.0, 0, 0.5));
  }

  @Test
  void errorRateDecidesWithTheDraw() {
    var fault = new RegionResolverFailure("r", 0, 50, DnsFailureMode.SERVFAIL, StepProfile.constant(0.3), 0);
    RegionResolver r = new RegionResolver(Double.POSITIVE_INFINITY, 5.0, List.of(fault), 1);
    assertEquals(LookupResult.SERVFAIL, r.lookup(1.0, 0, 0.29));
    assertEquals(LookupResult.OK, r.lookup(1.0, 0, 0.31));
  }
}
