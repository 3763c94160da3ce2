package org.outagesim.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.model.RegionResolver;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * The regions of one replication, by index in the scenario: their internal resolvers (shared by
 * all tenants in the region) and the outages that make them unreachable.
 */
final class RegionState {
  private final Map<String, Integer> index = new HashMap<>();
  private final RegionResolver[] resolvers;
  private final List<List<RegionOutage>> outages = new ArrayList<>();

  RegionState(ScenarioSpec scenario) {
    List<RegionSpec> regions = scenario.regions();
    int names = 0;
    for (TenantSpec t : scenario.tenants()) {
      names += t.internalDns().lookups();
    }
    resolvers = new RegionResolver[regions.size()];
    for (int i = 0; i < regions.size(); i++) {
      RegionSpec r = regions.get(i);
      index.put(r.id(), i);
      List<RegionResolverFailure> failures = new ArrayList<>();
      List<RegionOutage> down = new ArrayList<>();
      for (FaultSpec f : scenario.faults()) {
        if (f instanceof RegionResolverFailure rf && rf.region().equals(r.id())) {
          failures.add(rf);
        } else if (f instanceof RegionOutage o && o.region().equals(r.id())) {
          down.add(o);
        }
      }
      resolvers[i] = new RegionResolver(r.resolver().capacity(), r.resolver().timeoutS(), failures, names);
      outages.add(List.copyOf(down));
    }
  }

  int indexOf(String regionId) {
    Integer i = index.get(regionId);
    if (i == null) {
      throw new IllegalArgumentException("unknown region " + regionId);
    }
    return i;
  }

  RegionResolver[] resolvers() {
    return resolvers;
  }

  List<List<RegionOutage>> outages() {
    return outages;
  }
}
