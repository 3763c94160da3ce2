package org.outagesim.model.spec;

/**
 * One tenant: a service hosted in one or more regions that users visit in sessions.
 *
 * @param id unique id ({@code shop-3} after count expansion)
 * @param sector business sector, for grouping in reports
 * @param traffic session arrival rate and profile
 * @param session what a session does
 * @param client the client's automatic retries
 * @param user what a user does after the automatic retries failed
 * @param capacity servers per region
 * @param internalDns the app's own lookups through the region's internal resolver
 * @param deployment where the tenant runs and how it fails over
 * @param dnsProvider the authoritative DNS provider hosting the tenant's public name
 * @param slo the success ratio per minute below which a minute counts as degraded
 * @param cost the prices of running the tenant, for design comparisons
 * @param instanceReplacement how unhealthy app instances are replaced, or {@code null} when they
 *     are not
 * @param circuitBreaker the app instances' circuit breaker on their dependency calls, or {@code
 *     null} when they have none
 */
public record TenantSpec(
    String id,
    String sector,
    TrafficSpec traffic,
    SessionSpec session,
    ClientSpec client,
    UserSpec user,
    CapacitySpec capacity,
    InternalDnsSpec internalDns,
    DeploymentSpec deployment,
    String dnsProvider,
    double slo,
    CostSpec cost,
    InstanceReplacementSpec instanceReplacement,
    CircuitBreakerSpec circuitBreaker)
    implements java.io.Serializable {

  /** The provider of tenants that do not name one. */
  public static final String DEFAULT_PROVIDER = "default";

  /** The SLO of tenants and scenarios that set none: 99.9% of requests succeed. */
  public static final double DEFAULT_SLO = 0.999;

  /** A tenant whose instances are never replaced and that has no circuit breaker. */
  public TenantSpec(
      String id,
      String sector,
      TrafficSpec traffic,
      SessionSpec session,
      ClientSpec client,
      UserSpec user,
      CapacitySpec capacity,
      InternalDnsSpec internalDns,
      DeploymentSpec deployment,
      String dnsProvider,
      double slo,
      CostSpec cost) {
    this(
        id,
        sector,
        traffic,
        session,
        client,
        user,
        capacity,
        internalDns,
        deployment,
        dnsProvider,
        slo,
        cost,
        null,
        null);
  }

  /** A tenant without prices. */
  public TenantSpec(
      String id,
      String sector,
      TrafficSpec traffic,
      SessionSpec session,
      ClientSpec client,
      UserSpec user,
      CapacitySpec capacity,
      InternalDnsSpec internalDns,
      DeploymentSpec deployment,
      String dnsProvider,
      double slo) {
    this(
        id,
        sector,
        traffic,
        session,
        client,
        user,
        capacity,
        internalDns,
        deployment,
        dnsProvider,
        slo,
        CostSpec.NONE);
  }

  /** A tenant with the default SLO. */
  public TenantSpec(
      String id,
      String sector,
      TrafficSpec traffic,
      SessionSpec session,
      ClientSpec client,
      UserSpec user,
      CapacitySpec capacity,
      InternalDnsSpec internalDns,
      DeploymentSpec deployment,
      String dnsProvider) {
    this(
        id,
        sector,
        traffic,
        session,
        client,
        user,
        capacity,
        internalDns,
        deployment,
        dnsProvider,
        DEFAULT_SLO);
  }

  /** A tenant on the default DNS provider. */
  public TenantSpec(
      String id,
      String sector,
      TrafficSpec traffic,
      SessionSpec session,
      ClientSpec client,
      UserSpec user,
      CapacitySpec capacity,
      InternalDnsSpec internalDns,
      DeploymentSpec deployment) {
    this(
        id,
        sector,
        traffic,
        session,
        client,
        user,
        capacity,
        internalDns,
        deployment,
        DEFAULT_PROVIDER);
  }

  /** A copy with another deployment. */
  public TenantSpec withDeployment(DeploymentSpec d) {
    return new TenantSpec(
        id,
        sector,
        traffic,
        session,
        client,
        user,
        capacity,
        internalDns,
        d,
        dnsProvider,
        slo,
        cost,
        instanceReplacement,
        circuitBreaker);
  }

  /** A copy with another id. */
  public TenantSpec withId(String newId) {
    return new TenantSpec(
        newId,
        sector,
        traffic,
        session,
        client,
        user,
        capacity,
        internalDns,
        deployment,
        dnsProvider,
        slo,
        cost,
        instanceReplacement,
        circuitBreaker);
  }

  /**
   * What the tenant's deployment costs a year: servers running in normal operation × 8,760 h ×
   * {@code serverHour} + 12 × ({@code regionMonthly} × regions used + {@code healthCheckMonthly} ×
   * health checks). See {@link DeploymentSpec#serversInNormalOperation} and {@link
   * DeploymentSpec#healthChecks}.
   */
  public double annualCost() {
    return deployment.serversInNormalOperation(capacity.servers())
            * CostSpec.HOURS_PER_YEAR
            * cost.serverHour()
        + CostSpec.MONTHS_PER_YEAR
            * (cost.regionMonthly() * deployment.regionsUsed()
                + cost.healthCheckMonthly() * deployment.healthChecks());
  }

  /**
   * How many sessions arrive.
   *
   * @param sessionsPerSecond session arrival rate at profile multiplier 1.0
   * @param profile id of a profile, or {@code null} for a constant rate
   */
  public record TrafficSpec(double sessionsPerSecond, String profile)
      implements java.io.Serializable {}

  /**
   * What one session does.
   *
   * @param pages requests per session
   * @param thinkTimeS mean of the exponential time between pages
   * @param conversion probability that a session has purchase intent
   * @param orderValue revenue of one completed transaction
   */
  public record SessionSpec(int pages, double thinkTimeS, double conversion, double orderValue)
      implements java.io.Serializable {}

  /**
   * How the client software retries and times out.
   *
   * @param retries automatic retries after a failed attempt
   * @param backoffS base of the exponential backoff (full jitter)
   * @param backoffCapS cap of the backoff window
   * @param timeoutS how long the client waits for a response
   */
  public record ClientSpec(int retries, double backoffS, double backoffCapS, double timeoutS)
      implements java.io.Serializable {}

  /**
   * How people retry and come back.
   *
   * @param retries manual retries after the automatic ones failed
   * @param retryDelayS wait before a manual retry
   * @param returnProbability probability that a user with intent who gave up comes back
   * @param returnDelayS when that user comes back
   */
  public record UserSpec(
      int retries, double retryDelayS, double returnProbability, double returnDelayS)
      implements java.io.Serializable {}

  /**
   * The tenant's servers and their queue.
   *
   * @param servers servers per region (the primary's count; a secondary's may differ later)
   * @param serviceTime service time of one request
   * @param queueLimit requests that may wait for a server; more are rejected at once
   */
  public record CapacitySpec(int servers, DelaySpec serviceTime, int queueLimit)
      implements java.io.Serializable {}

  /**
   * The tenant's use of its region's internal DNS.
   *
   * @param lookups distinct names each request resolves through the region's internal resolver
   * @param instances app instances, each with its own cache
   * @param cacheTtlS lifetime of a cached answer in an instance
   * @param negativeTtlS lifetime of a cached failure in an instance
   * @param names the dependency names, shared with other tenants of the same region that use the
   *     same name (a record removal targets them); empty when the names are the tenant's own and
   *     anonymous, otherwise exactly {@code lookups} names
   * @param attempts how often the app's stub resolver asks for a name before it gives up after a
   *     SERVFAIL or a timeout (glibc's {@code attempts}, default 2); an NXDOMAIN is not retried
   * @param timeoutS how long the stub resolver waits for one answer (glibc's {@code options
   *     timeout}); {@code NaN} for the region resolver's {@link ResolverSpec#timeoutS}
   */
  public record InternalDnsSpec(
      int lookups,
      int instances,
      double cacheTtlS,
      double negativeTtlS,
      java.util.List<String> names,
      int attempts,
      double timeoutS)
      implements java.io.Serializable {

    /** glibc's default {@code attempts:2} ({@code resolv.conf(5)}). */
    public static final int DEFAULT_ATTEMPTS = 2;

    /** The largest {@code attempts} a scenario may set (glibc caps it at 5). */
    public static final int MAX_ATTEMPTS = 5;

    public InternalDnsSpec {
      names = java.util.List.copyOf(names);
    }

    /** The stub resolver's defaults: two attempts, the region resolver's timeout. */
    public InternalDnsSpec(
        int lookups,
        int instances,
        double cacheTtlS,
        double negativeTtlS,
        java.util.List<String> names) {
      this(lookups, instances, cacheTtlS, negativeTtlS, names, DEFAULT_ATTEMPTS, Double.NaN);
    }

    /** Anonymous names of the tenant's own, and the stub resolver's defaults. */
    public InternalDnsSpec(int lookups, int instances, double cacheTtlS, double negativeTtlS) {
      this(lookups, instances, cacheTtlS, negativeTtlS, java.util.List.of());
    }

    /**
     * The stub resolver's timeout in a region whose resolver gives up after {@code regionTimeoutS}.
     */
    public double timeoutS(double regionTimeoutS) {
      return Double.isNaN(timeoutS) ? regionTimeoutS : timeoutS;
    }

    public InternalDnsSpec withStub(int newAttempts, double newTimeoutS) {
      return new InternalDnsSpec(
          lookups, instances, cacheTtlS, negativeTtlS, names, newAttempts, newTimeoutS);
    }
  }
}
