package org.outagesim.model.spec;

/**
 * Where a tenant runs and how it moves between regions.
 *
 * @param strategy the deployment strategy
 * @param primary the region that serves traffic normally
 * @param secondary the failover region, or {@code null} for single-region
 * @param ttlS TTL of the tenant's public DNS record
 * @param healthCheck health-checked DNS failover, or {@code null}
 * @param failover manual failover, or {@code null}
 * @param standby capacity of the secondary before it scales up, or {@code null}
 * @param failback whether traffic returns to the primary by itself
 * @param replicationLagS how far the secondary's data trails the primary's: checkouts committed on
 *     the primary within this time before traffic moves are at risk
 */
public record DeploymentSpec(
    Strategy strategy,
    String primary,
    String secondary,
    double ttlS,
    HealthCheckSpec healthCheck,
    ManualFailoverSpec failover,
    StandbySpec standby,
    Failback failback,
    double replicationLagS)
    implements java.io.Serializable {

  /** A deployment without replication lag. */
  public DeploymentSpec(
      Strategy strategy,
      String primary,
      String secondary,
      double ttlS,
      HealthCheckSpec healthCheck,
      ManualFailoverSpec failover,
      StandbySpec standby,
      Failback failback) {
    this(strategy, primary, secondary, ttlS, healthCheck, failover, standby, failback, 0.0);
  }

  /** Regions the tenant runs servers in during normal operation: 1 or 2. */
  public int regionsUsed() {
    return strategy == Strategy.SINGLE_REGION ? 1 : 2;
  }

  /**
   * Servers running in normal operation, over all regions, for {@code servers} per region: the
   * primary's for single-region; the primary's plus the standby's share of them (rounded as the
   * model rounds it) for active-passive; each region's for active-active.
   */
  public int serversInNormalOperation(int servers) {
    return switch (strategy) {
      case SINGLE_REGION -> servers;
      case ACTIVE_PASSIVE ->
          servers + (int) Math.round((standby == null ? 1.0 : standby.capacity()) * servers);
      case ACTIVE_ACTIVE -> 2 * servers;
    };
  }

  /**
   * DNS health checks the deployment pays for: one on the primary's record for health-checked
   * active-passive (the secondary's record is the failover target and needs none), one per region's
   * record for active-active, none for single-region and manual failover.
   */
  public int healthChecks() {
    return switch (strategy) {
      case SINGLE_REGION -> 0;
      case ACTIVE_PASSIVE -> healthCheck == null ? 0 : 1;
      case ACTIVE_ACTIVE -> 2;
    };
  }

  /** Deployment strategies. */
  public enum Strategy {
    SINGLE_REGION("single-region"),
    ACTIVE_PASSIVE("active-passive"),
    ACTIVE_ACTIVE("active-active");

    private final String key;

    Strategy(String key) {
      this.key = key;
    }

    /** The scenario spelling, e.g. {@code single-region}. */
    public String key() {
      return key;
    }
  }

  /** What happens when the primary is healthy again. */
  public enum Failback {
    AUTOMATIC,
    MANUAL
  }

  /**
   * Health checks that trigger an automatic failover.
   *
   * @param intervalS time between probes
   * @param threshold consecutive failed probes before the switch
   * @param deep whether a probe exercises the request path (including internal DNS)
   */
  public record HealthCheckSpec(double intervalS, int threshold, boolean deep)
      implements java.io.Serializable {}

  /** A failover done by people: detect, decide, execute, one after the other. */
  public record ManualFailoverSpec(DelaySpec detect, DelaySpec decide, DelaySpec execute)
      implements java.io.Serializable {}

  /**
   * A warm standby in the secondary region.
   *
   * @param capacity share of the primary's servers running in the secondary before failover
   * @param scaleUpTimeS time to grow linearly to the full count
   */
  public record StandbySpec(double capacity, double scaleUpTimeS) implements java.io.Serializable {}
}
