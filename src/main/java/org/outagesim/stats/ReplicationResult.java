package org.outagesim.stats;

import java.util.List;

/**
 * The outcome of one replication.
 *
 * @param replication replication index, from 0
 * @param tenants one result per tenant, in scenario order
 * @param events number of simulation events executed
 * @param regions one result per region, in scenario order (empty when not recorded)
 */
public record ReplicationResult(
    int replication, List<TenantResult> tenants, long events, List<RegionResult> regions)
    implements java.io.Serializable {
  public ReplicationResult {
    tenants = List.copyOf(tenants);
    regions = List.copyOf(regions);
  }

  /** A result without region records. */
  public ReplicationResult(int replication, List<TenantResult> tenants, long events) {
    this(replication, tenants, events, List.of());
  }
}
