package org.outagesim.sim;

import java.util.List;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.CapacityLoss;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.Latency;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.TenantSpec;

/**
 * Which faults touch a tenant: those on a region where it runs (resolver failure, outage, a
 * removed dependency name it uses, capacity loss or latency of its servers there), a failure of
 * its DNS provider, and a removal of its public record. A tenant's timing metrics count from the
 * first of them.
 */
final class FaultScope {
  private FaultScope() {}

  /** The earliest start of a fault that touches {@code t} in one of {@code regions}, or {@code NaN}. */
  static double firstStart(List<FaultSpec> faults, TenantSpec t, List<String> regions) {
    double first = Double.NaN;
    for (FaultSpec f : faults) {
      if (touches(f, t, regions) && !(f.atS() >= first)) {
        first = f.atS();
      }
    }
    return first;
  }

  /** The earliest fault that touches {@code t} in one of {@code regions}, or {@code null}. */
  static FaultSpec first(List<FaultSpec> faults, TenantSpec t, List<String> regions) {
    FaultSpec first = null;
    for (FaultSpec f : faults) {
      if (touches(f, t, regions) && (first == null || f.atS() < first.atS())) {
        first = f;
      }
    }
    return first;
  }

  static boolean touches(FaultSpec f, TenantSpec t, List<String> regions) {
    if (f instanceof RegionResolverFailure rf) {
      return regions.contains(rf.region());
    } else if (f instanceof RegionOutage o) {
      return regions.contains(o.region());
    } else if (f instanceof AuthoritativeDnsFailure a) {
      return a.provider().equals(t.dnsProvider());
    } else if (f instanceof RecordRemoval rr) {
      return t.id().equals(rr.tenant()) || rr.name() != null && t.internalDns().names().contains(rr.name())
          && (rr.region() == null || regions.contains(rr.region()));
    } else if (f instanceof CapacityLoss c) {
      return targets(c.tenant(), c.region(), t.id(), regions);
    } else if (f instanceof Latency l) {
      return targets(l.tenant(), l.region(), t.id(), regions);
    }
    return false;
  }

  private static boolean targets(String faultTenant, String faultRegion, String id, List<String> regions) {
    return (faultTenant == null || faultTenant.equals(id)) && (faultRegion == null || regions.contains(faultRegion));
  }
}
