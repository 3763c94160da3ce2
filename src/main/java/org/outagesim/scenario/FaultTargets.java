package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.outagesim.model.spec.TenantSpec;

/**
 * What the tenants make available for faults to name: tenant ids after {@code count} expansion with
 * the regions each runs in, the DNS providers tenants use (a provider exists only through its
 * tenants), and the internal dependency names listed in {@code internalDns.names}. Each check
 * reports an unknown name with a "did you mean" hint and returns {@code null}.
 */
final class FaultTargets {
  private final Map<String, List<String>> tenantRegions = new LinkedHashMap<>();
  private final Set<String> providers = new TreeSet<>();
  private final Set<String> names = new LinkedHashSet<>();

  FaultTargets(List<TenantSpec> tenants) {
    for (TenantSpec t : tenants) {
      List<String> regions = new ArrayList<>();
      if (t.deployment().primary() != null) {
        regions.add(t.deployment().primary());
      }
      if (t.deployment().secondary() != null) {
        regions.add(t.deployment().secondary());
      }
      tenantRegions.put(t.id(), regions);
      providers.add(t.dnsProvider());
      names.addAll(t.internalDns().names());
    }
  }

  /** The named tenant, or {@code null} when absent or unknown. */
  String tenant(Field f) {
    String id = f.string(null);
    if (id == null || tenantRegions.isEmpty() || tenantRegions.containsKey(id)) {
      return id;
    }
    List<String> expanded =
        tenantRegions.keySet().stream()
            .filter(t -> t.startsWith(id + "-") && t.substring(id.length() + 1).matches("\\d+"))
            .toList();
    if (expanded.isEmpty()) {
      f.problem(ClosestName.unknown("tenant", id, tenantRegions.keySet()));
    } else {
      f.problem(
          "unknown tenant '"
              + id
              + "'; faults name tenants after count expansion: "
              + expanded.get(0)
              + " to "
              + expanded.get(expanded.size() - 1));
    }
    return null;
  }

  /** The named provider, or {@code null} when absent or no tenant uses it. */
  String provider(Field f) {
    String p = f.string(null);
    if (p == null || providers.isEmpty() || providers.contains(p)) {
      return p;
    }
    String hint = ClosestName.hint(p, providers);
    String used = "tenants use: " + String.join(", ", providers);
    f.problem(
        "unknown provider '"
            + p
            + "'"
            + (hint.isEmpty() ? "; " + used : hint + " " + capitalized(used)));
    return null;
  }

  /** The named internal dependency, or {@code null} when absent or no tenant lists it. */
  String dependencyName(Field f) {
    String n = f.string(null);
    if (n == null || names.contains(n)) {
      return n;
    }
    f.problem(
        "no tenant lists '"
            + n
            + "' in internalDns.names"
            + ClosestName.hintOrList("name", n, names));
    return null;
  }

  /**
   * Reports at {@code regionField} when both are known and the tenant does not run in the region.
   */
  void checkRunsIn(String tenant, String region, Field regionField) {
    List<String> regions = tenant == null ? null : tenantRegions.get(tenant);
    if (region == null || regions == null || regions.isEmpty() || regions.contains(region)) {
      return;
    }
    regionField.problem(
        "tenant '"
            + tenant
            + "' does not run in region '"
            + region
            + "'; it runs in "
            + String.join(", ", regions));
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
