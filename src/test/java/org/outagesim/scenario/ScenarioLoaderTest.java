package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.ProfileSpec.ProfileEvent;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.ResolverSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TtlViolationSpec;

class ScenarioLoaderTest {
  static final Path VALID = Path.of("src/test/resources/scenarios/valid/seoul-single-region.yaml");
  static ScenarioSpec spec;

  @BeforeAll
  static void load() throws ScenarioException {
    spec = ScenarioLoader.load(VALID, List.of());
  }

  @Test
  void readsTopLevelKeys() {
    assertEquals("seoul-2018", spec.name());
    assertEquals("AWS Seoul region internal DNS resolver failure, 22 Nov 2018", spec.description());
    assertEquals(OffsetDateTime.parse("2018-11-22T06:00:00+09:00"), spec.start());
    assertEquals(8 * 3600.0, spec.durationS());
    assertEquals(30, spec.replications());
    assertEquals(20181122L, spec.seed());
  }

  @Test
  void regionResolverDefaultsToUnlimited() {
    assertEquals(2, spec.regions().size());
    assertEquals(new ResolverSpec(50000, 5.0), spec.regions().get(0).resolver());
    assertEquals(ResolverSpec.unlimited(), spec.regions().get(1).resolver());
  }

  @Test
  void readsDnsInSeconds() {
    assertEquals(500, spec.dns().resolvers());
    assertEquals(0.0, spec.dns().clientCacheTtlS());
    assertEquals(300.0, spec.dns().negativeTtlS());
    assertEquals(new TtlViolationSpec(0.1, 300), spec.dns().ttlViolation());
  }

  @Test
  void timeOfDayFaultStartBecomesSecondsFromStart() {
    RegionResolverFailure f = (RegionResolverFailure) spec.faults().get(0);
    assertEquals("ap-northeast-2", f.region());
    assertEquals(2 * 3600 + 19 * 60.0, f.atS());
    assertEquals(84 * 60.0, f.durationS());
    assertEquals(DnsFailureMode.NXDOMAIN, f.mode());
    assertEquals(new StepProfile(List.of(new StepProfile.Step(0, 0.3), new StepProfile.Step(1200, 1.0),
        new StepProfile.Step(4200, 0.5))), f.errorRate());
    assertEquals(300.0, f.negativeTtlS());
  }

  @Test
  void durationOffsetFaultStart() {
    assertEquals(new RegionOutage("ap-northeast-1", 6.5 * 3600, 1.5), spec.faults().get(1));
  }

  @Test
  void profileInheritsHourlyAndEventsFromItsBases() {
    ProfileSpec weekday = spec.profiles().get("kr-weekday");
    ProfileSpec sale = spec.profiles().get("flash-sale");
    assertEquals(24, weekday.hourly().size());
    assertEquals(weekday.hourly(), sale.hourly());
    assertEquals(List.of(new ProfileEvent(4 * 3600, 7200, 3.0), new ProfileEvent(3600, 1800, 2.0)), sale.events());
    assertEquals(List.of(new ProfileEvent(4 * 3600, 7200, 3.0)), spec.profiles().get("pre-black-friday").events());
  }

  @Test
  void tenantKeysConvertToSeconds() {
    TenantSpec shop = spec.tenants().get(0);
    assertEquals("shop", shop.id());
    assertEquals("ecommerce", shop.sector());
    assertEquals(new TenantSpec.TrafficSpec(200, "pre-black-friday"), shop.traffic());
    assertEquals(new TenantSpec.SessionSpec(6, 10, 0.04, 52000), shop.session());
    assertEquals(new TenantSpec.ClientSpec(2, 0.5, 20, 10), shop.client());
    assertEquals(new TenantSpec.UserSpec(2, 30, 0.2, 7200), shop.user());
    assertEquals(new TenantSpec.CapacitySpec(400, new DelaySpec.Exponential(0.08), 2000), shop.capacity());
    assertEquals(new TenantSpec.InternalDnsSpec(2, 50, 30, 10), shop.internalDns());
    assertEquals(new DeploymentSpec(DeploymentSpec.Strategy.SINGLE_REGION, "ap-northeast-2", null, 60,
        null, null, null, DeploymentSpec.Failback.AUTOMATIC), shop.deployment());
  }

  @Test
  void countExpandsIntoNumberedTenantsWithDefaults() {
    assertEquals(List.of("shop", "bank-1", "bank-2", "bank-3"), spec.tenants().stream().map(TenantSpec::id).toList());
    TenantSpec bank = spec.tenants().get(3);
    assertEquals("finance", bank.sector());
    assertEquals(new TenantSpec.SessionSpec(5, 10, 0.034, 100), bank.session());
    assertEquals(new TenantSpec.ClientSpec(2, 0.5, 20, 10), bank.client());
    assertEquals(new TenantSpec.UserSpec(1, 30, 0, 7200), bank.user());
    assertEquals(new TenantSpec.CapacitySpec(100, new DelaySpec.LogNormal(0.25, 1.5), 1000), bank.capacity());
    assertEquals(new TenantSpec.InternalDnsSpec(1, 10, 30, 10), bank.internalDns());
    assertEquals(60.0, bank.deployment().ttlS());
    assertNull(bank.deployment().secondary());
  }
}
