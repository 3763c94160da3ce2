package org.outagesim.model.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DeploymentSpec.Failback;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;
import org.outagesim.model.spec.DeploymentSpec.StandbySpec;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.TenantSpec.CapacitySpec;
import org.outagesim.model.spec.TenantSpec.ClientSpec;
import org.outagesim.model.spec.TenantSpec.InternalDnsSpec;
import org.outagesim.model.spec.TenantSpec.SessionSpec;
import org.outagesim.model.spec.TenantSpec.TrafficSpec;
import org.outagesim.model.spec.TenantSpec.UserSpec;

/**
 * The annual cost of every strategy against hand-computed values, for 10 servers at 150 an hour, a
 * region at 1,000,000 a month and a health check at 3,000 a month.
 */
class AnnualCostTest {

  private static final CostSpec PRICES = new CostSpec(150, 1_000_000, 3_000);
  private static final HealthCheckSpec CHECK = new HealthCheckSpec(30, 3, true);

  private static double cost(DeploymentSpec d) {
    TenantSpec t =
        new TenantSpec(
            "shop",
            "ecommerce",
            new TrafficSpec(1, null),
            new SessionSpec(1, 10, 0.03, 100),
            new ClientSpec(0, 0.5, 20, 10),
            new UserSpec(0, 30, 0, 3600),
            new CapacitySpec(10, new DelaySpec.Exponential(0.1), 100),
            new InternalDnsSpec(1, 10, 30, 10),
            d,
            TenantSpec.DEFAULT_PROVIDER,
            TenantSpec.DEFAULT_SLO,
            PRICES);
    return t.annualCost();
  }

  @Test
  void singleRegionPaysForItsServersAndOneRegion() {
    // 10 × 8,760 × 150 + 12 × 1,000,000 = 13,140,000 + 12,000,000
    assertEquals(
        25_140_000,
        cost(
            new DeploymentSpec(
                Strategy.SINGLE_REGION, "a", null, 60, null, null, null, Failback.AUTOMATIC)),
        1e-6);
  }

  @Test
  void activePassivePaysForItsStandbyShareAndOneHealthCheck() {
    // (10 + round(0.3 × 10)) × 8,760 × 150 + 12 × (2 × 1,000,000 + 1 × 3,000)
    // = 13 × 1,314,000 + 24,036,000 = 17,082,000 + 24,036,000
    assertEquals(
        41_118_000,
        cost(
            new DeploymentSpec(
                Strategy.ACTIVE_PASSIVE,
                "a",
                "b",
                60,
                CHECK,
                null,
                new StandbySpec(0.3, 600),
                Failback.AUTOMATIC)),
        1e-6);
  }

  @Test
  void manualFailoverPaysForNoHealthCheck() {
    // 20 × 1,314,000 + 12 × 2,000,000
    assertEquals(
        50_280_000,
        cost(
            new DeploymentSpec(
                Strategy.ACTIVE_PASSIVE,
                "a",
                "b",
                60,
                null,
                new DeploymentSpec.ManualFailoverSpec(
                    new DelaySpec.Constant(600),
                    new DelaySpec.Constant(600),
                    new DelaySpec.Constant(600)),
                new StandbySpec(1.0, 0),
                Failback.AUTOMATIC)),
        1e-6);
  }

  @Test
  void activeActivePaysForBothRegionsAndTwoHealthChecks() {
    // 20 × 1,314,000 + 12 × (2,000,000 + 6,000)
    assertEquals(
        50_352_000,
        cost(
            new DeploymentSpec(
                Strategy.ACTIVE_ACTIVE,
                "a",
                "b",
                60,
                CHECK,
                null,
                new StandbySpec(1.0, 0),
                Failback.AUTOMATIC)),
        1e-6);
  }

  @Test
  void aDesignKeepsThePrimaryAndTakesTheTenantsSecondaryFirst() {
    DeploymentSpec single =
        new DeploymentSpec(
            Strategy.SINGLE_REGION, "a", null, 300, null, null, null, Failback.AUTOMATIC);
    DesignSpec deep = DesignPresets.all().get("active-passive-deep");
    DeploymentSpec d = deep.deploymentFor(single, "c");
    assertEquals("a", d.primary());
    assertEquals("c", d.secondary(), "the comparison's secondary when the tenant has none");
    assertEquals(60, d.ttlS(), 0.0, "the preset's failover TTL");
    DeploymentSpec passive =
        new DeploymentSpec(
            Strategy.ACTIVE_PASSIVE, "a", "b", 30, CHECK, null, null, Failback.AUTOMATIC);
    assertEquals("b", deep.deploymentFor(passive, "c").secondary(), "the tenant's own first");
    DeploymentSpec back = DesignPresets.all().get("single-region").deploymentFor(passive, null);
    assertEquals(Strategy.SINGLE_REGION, back.strategy());
    assertEquals(30, back.ttlS(), 0.0, "single-region keeps the tenant's TTL");
  }
}
