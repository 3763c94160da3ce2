package org.outagesim.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.model.RegionResolver;
import org.outagesim.model.spec.CapacityLoss;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.Latency;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.ServerFault;
import org.outagesim.model.spec.TenantSpec;

/**
 * The regions of one replication, by index in the scenario: their internal resolvers (shared by
 * all tenants in the region), the outages that make them unreachable, and which faults hit which
 * tenant's servers there.
 *
 * <p>Dependency names: a tenant's unnamed lookups are names of its own; named ones
 * ({@code internalDns.names}) are shared by every tenant that uses the same name, so one tenant's
 * lookups fill (or poison) the region resolver's cache for the others, and a record removal of
 * the name hits them all.
 */
final class RegionState {
  private final ScenarioSpec scenario;
  private final Map<String, Integer> index = new HashMap<>();
  private final RegionResolver[] resolvers;
  private final List<List<RegionOutage>> outages = new ArrayList<>();
  private final List<int[]> tenantNames = new ArrayList<>();

  RegionState(ScenarioSpec scenario) {
    this.scenario = scenario;
    List<RegionSpec> regions = scenario.regions();
    for (int i = 0; i < regions.size(); i++) {
      index.put(regions.get(i).id(), i);
    }
    Map<String, Integer> shared = new LinkedHashMap<>();
    List<String> nameOf = new ArrayList<>();
    for (TenantSpec t : scenario.tenants()) {
      int[] ids = new int[t.internalDns().lookups()];
      for (int k = 0; k < ids.length; k++) {
        if (t.internalDns().names().isEmpty()) {
          ids[k] = nameOf.size();
          nameOf.add(null);
        } else {
          String name = t.internalDns().names().get(k);
          ids[k] = shared.computeIfAbsent(name, n -> {
            nameOf.add(n);
            return nameOf.size() - 1;
          });
        }
      }
      tenantNames.add(ids);
    }
    resolvers = new RegionResolver[regions.size()];
    for (int i = 0; i < regions.size(); i++) {
      RegionSpec r = regions.get(i);
      List<RegionResolverFailure> failures = new ArrayList<>();
      List<RegionOutage> down = new ArrayList<>();
      for (FaultSpec f : scenario.faults()) {
        if (f instanceof RegionResolverFailure rf && rf.region().equals(r.id())) {
          failures.add(rf);
        } else if (f instanceof RegionOutage o && o.region().equals(r.id())) {
          down.add(o);
        }
      }
      resolvers[i] = new RegionResolver(r.resolver().capacity(), r.resolver().timeoutS(), failures,
          removals(r.id(), nameOf));
      outages.add(List.copyOf(down));
    }
  }

  private List<List<RecordRemoval>> removals(String region, List<String> nameOf) {
    List<List<RecordRemoval>> out = new ArrayList<>();
    for (String name : nameOf) {
      List<RecordRemoval> here = new ArrayList<>();
      for (FaultSpec f : scenario.faults()) {
        if (f instanceof RecordRemoval rr && name != null && name.equals(rr.name())
            && (rr.region() == null || rr.region().equals(region))) {
          here.add(rr);
        }
      }
      out.add(List.copyOf(here));
    }
    return out;
  }

  int indexOf(String regionId) {
    Integer i = index.get(regionId);
    if (i == null) {
      throw new IllegalArgumentException("unknown region " + regionId);
    }
    return i;
  }

  int size() {
    return resolvers.length;
  }

  RegionResolver[] resolvers() {
    return resolvers;
  }

  List<List<RegionOutage>> outages() {
    return outages;
  }

  /** The resolver-wide name index of each dependency name of the tenant at {@code tenantIndex}. */
  int[] names(int tenantIndex) {
    return tenantNames.get(tenantIndex);
  }

  /** The latency faults on the servers of tenant {@code tenantId} in region {@code region}. */
  List<Latency> latencies(int region, String tenantId) {
    return serverFaults(Latency.class, region, tenantId);
  }

  /** The capacity-loss faults on the servers of tenant {@code tenantId} in region {@code region}. */
  List<CapacityLoss> capacityLosses(int region, String tenantId) {
    return serverFaults(CapacityLoss.class, region, tenantId);
  }

  private <F extends ServerFault> List<F> serverFaults(Class<F> type, int region, String tenantId) {
    String regionId = scenario.regions().get(region).id();
    List<F> out = new ArrayList<>();
    for (FaultSpec f : scenario.faults()) {
      if (type.isInstance(f) && type.cast(f).hits(tenantId, regionId)) {
        out.add(type.cast(f));
      }
    }
    return out;
  }

}
