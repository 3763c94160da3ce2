package org.outagesim.sim;

import java.util.List;
import java.util.function.Predicate;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.ServerFault;
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
    FaultSpec f = first(faults, t, regions, any -> true);
    return f == null ? Double.NaN : f.atS();
  }

  /** The earliest fault of those {@code which} accepts that touches {@code t} in one of {@code regions}, or {@code null}. */
  static FaultSpec first(List<FaultSpec> faults, TenantSpec t, List<String> regions, Predicate<FaultSpec> which) {
    FaultSpec first = null;
    for (FaultSpec f : faults) {
      if (which.test(f) && touches(f, t, regions) && (first == null || f.atS() < first.atS())) {
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
    } else if (f instanceof ServerFault s) {
      return regions.stream().anyMatch(r -> s.hits(t.id(), r));
    }
    return false;
  }
}
