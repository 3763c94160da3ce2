package org.outagesim.model.spec;

import java.util.List;

/**
 * Where a fault acts. There are few places a fault can land, and many kinds of fault: a new fault
 * type picks one of these targets and is then found by every part of the model that looks there.
 */
public sealed interface FaultTarget extends java.io.Serializable {

  /** Whether the fault reaches tenant {@code t} while it runs in {@code regions}. */
  boolean touches(TenantSpec t, List<String> regions);

  /** A region as a whole: its internal resolver, or the routing to its endpoints. */
  record Region(String region) implements FaultTarget {
    @Override
    public boolean touches(TenantSpec t, List<String> regions) {
      return regions.contains(region);
    }
  }

  /** A DNS provider: the public names of every tenant it hosts. */
  record Provider(String provider) implements FaultTarget {
    @Override
    public boolean touches(TenantSpec t, List<String> regions) {
      return provider.equals(t.dnsProvider());
    }
  }

  /** One tenant's public name. */
  record PublicName(String tenant) implements FaultTarget {
    @Override
    public boolean touches(TenantSpec t, List<String> regions) {
      return tenant.equals(t.id());
    }
  }

  /**
   * A dependency name at the region resolvers: in one region, or in every region ({@code null}).
   */
  record DependencyName(String name, String region) implements FaultTarget {
    @Override
    public boolean touches(TenantSpec t, List<String> regions) {
      return t.internalDns().names().contains(name) && (region == null || regions.contains(region));
    }

    /** Whether the name is affected in region {@code regionId}. */
    public boolean in(String regionId) {
      return region == null || region.equals(regionId);
    }
  }

  /**
   * Tenants' servers: those of one tenant (in every region it runs, or only in {@code region}) or,
   * with {@code tenant} unset, of every tenant in {@code region}.
   */
  record Servers(String tenant, String region) implements FaultTarget {
    @Override
    public boolean touches(TenantSpec t, List<String> regions) {
      return regions.stream().anyMatch(r -> hits(t.id(), r));
    }

    /** Whether the fault hits tenant {@code tenantId}'s servers in region {@code regionId}. */
    public boolean hits(String tenantId, String regionId) {
      return (tenant == null || tenant.equals(tenantId))
          && (region == null || region.equals(regionId));
    }
  }
}
