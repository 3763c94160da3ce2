package org.outagesim.sim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DeploymentSpec.Failback;
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

  private Scenarios() {}

  /** A tenant with ample capacity, one page per session that is always a checkout, no retries. */
  static TenantSpec checkoutTenant(String id, double rate) {
    return new TenantSpec(id, "ecommerce",
        new TrafficSpec(rate, null),
        new SessionSpec(1, 0.0, 1.0, 100.0),
        new ClientSpec(0, 0.5, 20.0, 10.0),
        new UserSpec(0, 30.0, 0.0, 7200.0),
        new CapacitySpec(1000, new DelaySpec.Exponential(0.01), 10000),
        new InternalDnsSpec(1, 1, 0.0, 0.0),
        new DeploymentSpec(Strategy.SINGLE_REGION, REGION, null, 60.0, null, null, null, Failback.AUTOMATIC));
  }

  static ScenarioSpec scenario(double durationS, int replications, List<TenantSpec> tenants, List<FaultSpec> faults) {
    return scenario(durationS, replications, tenants, faults, Map.of());
  }

  static ScenarioSpec scenario(double durationS, int replications, List<TenantSpec> tenants, List<FaultSpec> faults,
      Map<String, ProfileSpec> profiles) {
    return new ScenarioSpec("test", "", OffsetDateTime.parse("2018-11-22T06:00:00+09:00"), durationS, replications,
        20181122L, List.of(new RegionSpec(REGION, ResolverSpec.unlimited()), new RegionSpec("r2", ResolverSpec.unlimited())),
        new DnsSpec(50, 0.0, 300.0, TtlViolationSpec.none(), false),
        new ArrayList<>(faults), profiles, tenants);
  }

  static TenantSpec withInternalDns(TenantSpec t, InternalDnsSpec dns) {
    return new TenantSpec(t.id(), t.sector(), t.traffic(), t.session(), t.client(), t.user(), t.capacity(), dns,
        t.deployment());
  }

  static TenantSpec withSession(TenantSpec t, SessionSpec s, ClientSpec c, UserSpec u) {
    return new TenantSpec(t.id(), t.sector(), t.traffic(), s, c, u, t.capacity(), t.internalDns(), t.deployment());
  }

  static TenantSpec withCapacity(TenantSpec t, CapacitySpec c) {
    return new TenantSpec(t.id(), t.sector(), t.traffic(), t.session(), t.client(), t.user(), c, t.internalDns(),
        t.deployment());
  }
}
