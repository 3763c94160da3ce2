package org.outagesim.stats;

import java.util.List;

/**
 * The outcome of one replication.
 *
 * @param replication replication index, from 0
 * @param tenants one result per tenant, in scenario order
 * @param events number of simulation events executed
 */
public record ReplicationResult(int replication, List<TenantResult> tenants, long events)
    implements java.io.Serializable {
  public ReplicationResult {
    tenants = List.copyOf(tenants);
  }
}
