package org.outagesim.model;

/**
 * What a tenant's authoritative DNS publishes over time, and which regions hold its servers.
 * Failover policies are deployments whose answer changes.
 */
public interface Deployment {

  /** Indices of the regions where the tenant has servers. */
  int[] regions();

  /** The region index the authoritative DNS answers with at {@code t}, or {@link PublicDnsCaches#FAILED}. */
  int answer(double t);
}
