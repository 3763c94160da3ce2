package org.outagesim.model.spec;

import org.outagesim.model.spec.DeploymentSpec.Failback;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;
import org.outagesim.model.spec.DeploymentSpec.ManualFailoverSpec;
import org.outagesim.model.spec.DeploymentSpec.StandbySpec;
import org.outagesim.model.spec.DeploymentSpec.Strategy;

/**
 * A named deployment design that tenants can be switched to: a {@link DeploymentSpec} without the
 * primary region, which stays each tenant's own. What the design leaves open is taken from the
 * tenant: the secondary region (else the comparison's), the record TTL and the replication lag.
 *
 * @param name the design's name, e.g. {@code active-passive-deep}
 * @param strategy the deployment strategy
 * @param secondary the failover region, or {@code null} to take the tenant's, else the comparison's
 * @param ttlS TTL of the public record, or {@code NaN} to keep the tenant's
 * @param healthCheck health-checked failover, or {@code null}
 * @param failover manual failover, or {@code null}
 * @param standby the secondary's capacity before failover, or {@code null} (single-region)
 * @param failback whether traffic returns to the primary by itself
 * @param replicationLagS the secondary's data lag, or {@code NaN} to keep the tenant's
 */
public record DesignSpec(
    String name,
    Strategy strategy,
    String secondary,
    double ttlS,
    HealthCheckSpec healthCheck,
    ManualFailoverSpec failover,
    StandbySpec standby,
    Failback failback,
    double replicationLagS)
    implements java.io.Serializable {

  /** Whether the design runs in a second region. */
  public boolean needsSecondary() {
    return strategy != Strategy.SINGLE_REGION;
  }

  /**
   * The tenant's deployment under this design.
   *
   * @param current the tenant's deployment now: its primary, and what the design leaves open
   * @param secondary the region the comparison names for designs that need one, or {@code null}
   * @throws IllegalArgumentException when the design needs a secondary and none is known, or the
   *     secondary is the tenant's primary (the comparison planner reports both before this)
   */
  public DeploymentSpec deploymentFor(DeploymentSpec current, String secondary) {
    double ttl = Double.isNaN(ttlS) ? current.ttlS() : ttlS;
    if (!needsSecondary()) {
      return new DeploymentSpec(
          strategy, current.primary(), null, ttl, null, null, null, failback, 0);
    }
    String region = secondaryFor(current, secondary);
    if (region == null) {
      throw new IllegalArgumentException("design " + name + " needs a secondary region");
    }
    if (region.equals(current.primary())) {
      throw new IllegalArgumentException(
          "design " + name + ": the secondary " + region + " is the primary");
    }
    double lag = Double.isNaN(replicationLagS) ? current.replicationLagS() : replicationLagS;
    return new DeploymentSpec(
        strategy, current.primary(), region, ttl, healthCheck, failover, standby, failback, lag);
  }

  /**
   * The secondary this design gives a tenant: the design's own, else the tenant's current one, else
   * {@code secondary} (the comparison's); {@code null} when none is known.
   */
  public String secondaryFor(DeploymentSpec current, String secondary) {
    if (this.secondary != null) {
      return this.secondary;
    }
    return current.secondary() != null ? current.secondary() : secondary;
  }
}
