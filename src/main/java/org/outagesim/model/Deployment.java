package org.outagesim.model;

/**
 * What a tenant's authoritative DNS publishes, and which regions hold its servers. The answer
 * changes when a failover policy acts on the deployment (health checks, people); the deployment
 * itself only holds the current state.
 */
public interface Deployment {

  /** Indices of the regions where the tenant has servers, primary first. */
  int[] regions();

  /**
   * The region the authoritative DNS answers with, for a recursive resolver whose pin is {@code
   * pin}: a uniform number in [0, 1) fixed per resolver, so that resolvers spread over the regions
   * of an active-active answer by weight and keep their choice.
   */
  int answer(double pin);
}
