package org.outagesim.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.FaultTarget;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * A scenario's faults by where they act ({@link FaultTarget}): by region, DNS provider, public
 * name, dependency name and servers. Built once per replication; every part of the model asks it
 * for the faults of the kind it handles in the place it models, instead of scanning the fault list.
 * Lists keep the scenario's order.
 */
final class FaultIndex {

  private final List<FaultSpec> all;
  private final Map<FaultTarget, List<FaultSpec>> byTarget = new HashMap<>();
  private final List<FaultSpec> dependencyNames = new ArrayList<>();
  private final List<FaultSpec> servers = new ArrayList<>();

  FaultIndex(ScenarioSpec scenario) {
    this.all = List.copyOf(scenario.faults());
    for (FaultSpec f : all) {
      FaultTarget target = f.target();
      if (target instanceof FaultTarget.DependencyName) {
        dependencyNames.add(f);
      } else if (target instanceof FaultTarget.Servers) {
        servers.add(f);
      } else {
        byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(f);
      }
    }
  }

  /** Faults of {@code type} on region {@code region} as a whole (its resolver, its endpoints). */
  <F extends FaultSpec> List<F> inRegion(Class<F> type, String region) {
    return of(type, byTarget.getOrDefault(new FaultTarget.Region(region), List.of()));
  }

  /** Faults of {@code type} of DNS provider {@code provider}. */
  <F extends FaultSpec> List<F> ofProvider(Class<F> type, String provider) {
    return of(type, byTarget.getOrDefault(new FaultTarget.Provider(provider), List.of()));
  }

  /** Faults of {@code type} on tenant {@code tenant}'s public name. */
  <F extends FaultSpec> List<F> onPublicName(Class<F> type, String tenant) {
    return of(type, byTarget.getOrDefault(new FaultTarget.PublicName(tenant), List.of()));
  }

  /**
   * Faults of {@code type} on dependency name {@code name} as resolved in region {@code region}.
   */
  <F extends FaultSpec> List<F> onDependency(Class<F> type, String name, String region) {
    List<F> out = new ArrayList<>();
    for (F f : of(type, dependencyNames)) {
      FaultTarget.DependencyName d = (FaultTarget.DependencyName) f.target();
      if (d.name().equals(name) && d.in(region)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Faults of {@code type} on tenant {@code tenant}'s servers in region {@code region}. */
  <F extends FaultSpec> List<F> onServers(Class<F> type, String tenant, String region) {
    List<F> out = new ArrayList<>();
    for (F f : of(type, servers)) {
      if (((FaultTarget.Servers) f.target()).hits(tenant, region)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The earliest fault that reaches tenant {@code t} in one of {@code regions} and that {@code
   * which} accepts, or {@code null}; of faults starting together, the first listed.
   */
  FaultSpec first(TenantSpec t, List<String> regions, Predicate<FaultSpec> which) {
    return all.stream()
        .filter(f -> which.test(f) && f.target().touches(t, regions))
        .min(Comparator.comparingDouble(FaultSpec::atS))
        .orElse(null);
  }

  /**
   * The start of the first fault that reaches {@code t} in one of {@code regions}, or {@code NaN}.
   */
  double firstStart(TenantSpec t, List<String> regions) {
    FaultSpec f = first(t, regions, any -> true);
    return f == null ? Double.NaN : f.atS();
  }

  private static <F extends FaultSpec> List<F> of(Class<F> type, List<FaultSpec> faults) {
    List<F> out = new ArrayList<>();
    for (FaultSpec f : faults) {
      if (type.isInstance(f)) {
        out.add(type.cast(f));
      }
    }
    return out;
  }
}
