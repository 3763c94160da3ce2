package org.outagesim.sim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DeploymentSpec.Failback;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;
import org.outagesim.model.spec.DeploymentSpec.ManualFailoverSpec;
import org.outagesim.model.spec.DeploymentSpec.StandbySpec;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ResolverSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TenantSpec.CapacitySpec;
import org.outagesim.model.spec.TenantSpec.ClientSpec;
import org.outagesim.model.spec.TenantSpec.InternalDnsSpec;
import org.outagesim.model.spec.TenantSpec.SessionSpec;
import org.outagesim.model.spec.TenantSpec.TrafficSpec;
import org.outagesim.model.spec.TenantSpec.UserSpec;
import org.outagesim.model.spec.TtlViolationSpec;

/** Builds small scenarios in code for model tests, independent of the YAML loader. */
final class Scenarios {
  static final String REGION = "r1";
  static final String SECOND = "r2";

  private Scenarios() {}

  /** A tenant with ample capacity, one page per session that is always a checkout, no retries. */
  static TenantSpec checkoutTenant(String id, double rate) {
    return new TenantSpec(
        id,
        "ecommerce",
        new TrafficSpec(rate, null),
        new SessionSpec(1, 0.0, 1.0, 100.0),
        new ClientSpec(0, 0.5, 20.0, 10.0),
        new UserSpec(0, 30.0, 0.0, 7200.0),
        new CapacitySpec(1000, new DelaySpec.Exponential(0.01), 10000),
        new InternalDnsSpec(1, 1, 0.0, 0.0),
        new DeploymentSpec(
            Strategy.SINGLE_REGION, REGION, null, 60.0, null, null, null, Failback.AUTOMATIC));
  }

  static ScenarioSpec scenario(
      double durationS, int replications, List<TenantSpec> tenants, List<FaultSpec> faults) {
    return scenario(durationS, replications, tenants, faults, Map.of());
  }

  static ScenarioSpec scenario(
      double durationS,
      int replications,
      List<TenantSpec> tenants,
      List<FaultSpec> faults,
      Map<String, ProfileSpec> profiles) {
    return scenario(
        durationS,
        replications,
        tenants,
        faults,
        profiles,
        new DnsSpec(50, 0.0, 300.0, TtlViolationSpec.none(), false));
  }

  /** A scenario with its own public DNS path. */
  static ScenarioSpec scenario(
      double durationS,
      int replications,
      List<TenantSpec> tenants,
      List<FaultSpec> faults,
      DnsSpec dns) {
    return scenario(durationS, replications, tenants, faults, Map.of(), dns);
  }

  private static ScenarioSpec scenario(
      double durationS,
      int replications,
      List<TenantSpec> tenants,
      List<FaultSpec> faults,
      Map<String, ProfileSpec> profiles,
      DnsSpec dns) {
    return new ScenarioSpec(
        "test",
        "",
        OffsetDateTime.parse("2018-11-22T06:00:00+09:00"),
        durationS,
        replications,
        20181122L,
        List.of(
            new RegionSpec(REGION, ResolverSpec.unlimited()),
            new RegionSpec(SECOND, ResolverSpec.unlimited())),
        dns,
        new ArrayList<>(faults),
        profiles,
        tenants);
  }

  /**
   * Active-passive from {@link #REGION} to {@link #SECOND} with the record TTL {@code ttlS}, moved
   * by {@code healthCheck} or {@code manual} (one of them set); the standby runs at full capacity,
   * so the secondary is never the bottleneck.
   */
  static TenantSpec activePassive(
      TenantSpec t, double ttlS, HealthCheckSpec healthCheck, ManualFailoverSpec manual) {
    return t.withDeployment(
        new DeploymentSpec(
            Strategy.ACTIVE_PASSIVE,
            REGION,
            SECOND,
            ttlS,
            healthCheck,
            manual,
            new StandbySpec(1.0, 0.0),
            Failback.AUTOMATIC));
  }

  /** Active-active over {@link #REGION} and {@link #SECOND} with equal servers. */
  static TenantSpec activeActive(TenantSpec t, double ttlS, HealthCheckSpec healthCheck) {
    return t.withDeployment(
        new DeploymentSpec(
            Strategy.ACTIVE_ACTIVE,
            REGION,
            SECOND,
            ttlS,
            healthCheck,
            null,
            null,
            Failback.AUTOMATIC));
  }

  /** Single-region in {@link #REGION} with the record TTL {@code ttlS}. */
  static TenantSpec singleRegion(TenantSpec t, double ttlS) {
    return t.withDeployment(
        new DeploymentSpec(
            Strategy.SINGLE_REGION, REGION, null, ttlS, null, null, null, Failback.AUTOMATIC));
  }

  /** The tenant with its public name hosted by {@code provider}. */
  static TenantSpec withDnsProvider(TenantSpec t, String provider) {
    return new TenantSpec(
        t.id(),
        t.sector(),
        t.traffic(),
        t.session(),
        t.client(),
        t.user(),
        t.capacity(),
        t.internalDns(),
        t.deployment(),
        provider);
  }

  static TenantSpec withInternalDns(TenantSpec t, InternalDnsSpec dns) {
    return new TenantSpec(
        t.id(),
        t.sector(),
        t.traffic(),
        t.session(),
        t.client(),
        t.user(),
        t.capacity(),
        dns,
        t.deployment());
  }

  static TenantSpec withSession(TenantSpec t, SessionSpec s, ClientSpec c, UserSpec u) {
    return new TenantSpec(
        t.id(), t.sector(), t.traffic(), s, c, u, t.capacity(), t.internalDns(), t.deployment());
  }

  static TenantSpec withCapacity(TenantSpec t, CapacitySpec c) {
    return new TenantSpec(
        t.id(),
        t.sector(),
        t.traffic(),
        t.session(),
        t.client(),
        t.user(),
        c,
        t.internalDns(),
        t.deployment());
  }

  /**
   * The tenant with unhealthy instances replaced by {@code r} and each instance's breaker {@code
   * b}.
   */
  static TenantSpec withRecovery(
      TenantSpec t,
      org.outagesim.model.spec.InstanceReplacementSpec r,
      org.outagesim.model.spec.CircuitBreakerSpec b) {
    return new TenantSpec(
        t.id(),
        t.sector(),
        t.traffic(),
        t.session(),
        t.client(),
        t.user(),
        t.capacity(),
        t.internalDns(),
        t.deployment(),
        t.dnsProvider(),
        t.slo(),
        t.cost(),
        r,
        b);
  }
}
