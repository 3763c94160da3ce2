package org.outagesim.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.model.RegionResolver;
import org.outagesim.model.spec.AddedLatency;
import org.outagesim.model.spec.CapacityLoss;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ResolverCapacityLoss;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.stats.RegionResult;

/**
 * The regions of one replication, by index in the scenario: their internal resolvers (shared by all
 * tenants in the region), the outages that make them unreachable, and which faults hit which
 * tenant's servers there.
 *
 * <p>Dependency names: a tenant's unnamed lookups are names of its own; named ones ({@code
 * internalDns.names}) are shared by every tenant that uses the same name, so one tenant's lookups
 * fill (or poison) the region resolver's cache for the others, and a record removal of the name
 * hits them all.
 */
final class RegionState {
  private final ScenarioSpec scenario;
  private final FaultIndex faults;
  private final Map<String, Integer> index = new HashMap<>();
  private final RegionResolver[] resolvers;
  private final List<List<RegionOutage>> outages = new ArrayList<>();
  private final List<int[]> tenantNames = new ArrayList<>();

  RegionState(ScenarioSpec scenario, FaultIndex faults) {
    this.scenario = scenario;
    this.faults = faults;
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
          ids[k] =
              shared.computeIfAbsent(
                  name,
                  n -> {
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
      resolvers[i] =
          new RegionResolver(
              r.resolver(),
              faults.inRegion(RegionResolverFailure.class, r.id()),
              faults.inRegion(ResolverCapacityLoss.class, r.id()),
              removals(r.id(), nameOf),
              scenario.durationS());
      outages.add(faults.inRegion(RegionOutage.class, r.id()));
    }
  }

  private List<List<RecordRemoval>> removals(String region, List<String> nameOf) {
    List<List<RecordRemoval>> out = new ArrayList<>();
    for (String name : nameOf) {
      out.add(name == null ? List.of() : faults.onDependency(RecordRemoval.class, name, region));
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

  /** What each region's resolver saw, in scenario order. */
  List<RegionResult> results() {
    List<RegionResult> out = new ArrayList<>();
    for (int i = 0; i < resolvers.length; i++) {
      RegionSpec r = scenario.regions().get(i);
      out.add(new RegionResult(r.id(), r.resolver().capacity(), resolvers[i].series()));
    }
    return out;
  }

  List<List<RegionOutage>> outages() {
    return outages;
  }

  /** The resolver-wide name index of each dependency name of the tenant at {@code tenantIndex}. */
  int[] names(int tenantIndex) {
    return tenantNames.get(tenantIndex);
  }

  /** The latency faults on the servers of tenant {@code tenantId} in region {@code region}. */
  List<AddedLatency> latencies(int region, String tenantId) {
    return faults.onServers(AddedLatency.class, tenantId, scenario.regions().get(region).id());
  }

  /**
   * The capacity-loss faults on the servers of tenant {@code tenantId} in region {@code region}.
   */
  List<CapacityLoss> capacityLosses(int region, String tenantId) {
    return faults.onServers(CapacityLoss.class, tenantId, scenario.regions().get(region).id());
  }
}
