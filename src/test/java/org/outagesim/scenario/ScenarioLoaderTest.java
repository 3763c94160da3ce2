package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.AddedLatency;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.CapacityLoss;
import org.outagesim.model.spec.CircuitBreakerSpec;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DeploymentSpec.Failback;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;
import org.outagesim.model.spec.DeploymentSpec.ManualFailoverSpec;
import org.outagesim.model.spec.DeploymentSpec.StandbySpec;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.InstanceReplacementSpec;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.ProfileSpec.ProfileEvent;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.ResolverCapacityLoss;
import org.outagesim.model.spec.ResolverSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TtlViolationSpec;

class ScenarioLoaderTest {
  static final Path VALID = Path.of("src/test/resources/scenarios/valid/seoul-single-region.yaml");

  /** Every deployment strategy, every fault type and the keys that came with them. */
  static final Path FAILOVER =
      Path.of("src/test/resources/scenarios/valid/failover-and-faults.yaml");

  static ScenarioSpec spec;
  static ScenarioSpec failover;

  @BeforeAll
  static void load() throws ScenarioException {
    spec = ScenarioLoader.load(VALID, List.of());
    failover = ScenarioLoader.load(FAILOVER, List.of());
  }

  @Test
  void sloIsAPercentageOrARatioAndTenantsInheritTheScenarios() throws ScenarioException {
    ScenarioSpec s =
        ScenarioLoader.load(
            Path.of("src/test/resources/scenarios/valid/slo-currency.yaml"), List.of());
    assertEquals("KRW", s.currency());
    assertEquals(0.9995, s.tenants().get(0).slo(), 1e-12);
    assertEquals(0.9999, s.tenants().get(1).slo(), 1e-12);
    assertEquals(0.99, s.tenants().get(2).slo(), 1e-12, "the scenario's slo");
    assertEquals(TenantSpec.DEFAULT_SLO, spec.tenants().get(0).slo(), "no slo anywhere: 99.9%");
    assertEquals(null, spec.currency(), "no currency named");
  }

  @Test
  void resolverFleetKeysAreReadWithTheirSourcedDefaults() throws ScenarioException {
    ScenarioSpec s =
        ScenarioLoader.load(
            Path.of("src/test/resources/scenarios/valid/resolver-fleet.yaml"), List.of());
    assertEquals(new ResolverSpec(2000, 2.0, 1.0), s.regions().get(0).resolver());
    assertEquals(10.0, s.regions().get(1).resolver().backlogS(), "twice the 5 s timeout");
    assertEquals(ResolverSpec.unlimited(), spec.regions().get(1).resolver());
    ResolverCapacityLoss loss = (ResolverCapacityLoss) s.faults().get(0);
    assertEquals("ap-northeast-2", loss.region());
    assertEquals(3600.0, loss.atS());
    assertEquals(0.5, loss.remainingAt(3600.0 + 60));
    assertEquals(0.1, loss.remainingAt(3600.0 + 600), 1e-12);
    assertEquals(1.0, loss.remainingAt(3600.0 + 1800), "after the window");
    assertEquals(
        new InstanceReplacementSpec(10.0, 3, 120.0), s.tenants().get(0).instanceReplacement());
    assertEquals(new CircuitBreakerSpec(0.4, 50, 20, 30.0, 5), s.tenants().get(0).circuitBreaker());
    assertEquals(
        new InstanceReplacementSpec(30.0, 2, 300.0),
        s.tenants().get(1).instanceReplacement(),
        "ALB interval and threshold, Auto Scaling grace period");
    assertEquals(
        new CircuitBreakerSpec(0.5, 100, 100, 60.0, 10),
        s.tenants().get(1).circuitBreaker(),
        "Resilience4j's defaults");
    assertEquals(null, spec.tenants().get(0).instanceReplacement(), "off unless given");
    assertEquals(null, spec.tenants().get(0).circuitBreaker(), "none unless given");
  }

  @Test
  void stubResolverAndPublicTimeoutsAreReadAndDefaultToGlibcs() throws ScenarioException {
    ScenarioSpec s =
        ScenarioLoader.load(
            Path.of("src/test/resources/scenarios/valid/stub-resolver.yaml"), List.of());
    assertEquals(2.0, s.dns().timeoutS());
    TenantSpec.InternalDnsSpec dns = s.tenants().get(0).internalDns();
    assertEquals(1, dns.attempts());
    assertEquals(1.5, dns.timeoutS(5.0));
    TenantSpec.InternalDnsSpec defaults = spec.tenants().get(0).internalDns();
    assertEquals(2, defaults.attempts(), "glibc's attempts:2");
    assertEquals(7.0, defaults.timeoutS(7.0), "the region resolver's timeout");
    assertEquals(5.0, spec.dns().timeoutS(), "glibc's timeout:5");
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
    assertEquals(DnsSpec.DEFAULT_FAILURE_TTL_S, spec.dns().failureTtlS());
  }

  @Test
  void readsFailureTtlApartFromNegativeTtl() {
    assertEquals(
        new DnsSpec(
            500, 0, 900, new TtlViolationSpec(0.02, new DelaySpec.Uniform(60, 900)), false, 10),
        failover.dns());
  }

  @Test
  void readsEveryFaultTypeIntoItsRecord() {
    assertEquals(
        List.of(
            new RegionOutage("us-east-1", 3600, 1800, steps(0, 0.3, 600, 1.0)),
            new AuthoritativeDnsFailure(
                "route53", 7200, 3600, DnsFailureMode.TIMEOUT, StepProfile.constant(0.8)),
            new RecordRemoval(
                null,
                "dynamodb",
                "us-east-1",
                2 * 3600 + 48 * 60,
                9000,
                steps(0, 1.0, 7200, 0.2),
                3600),
            new RecordRemoval("bank-2", null, null, 3 * 3600, 600, StepProfile.constant(1.0), 900),
            new CapacityLoss("shop", null, 4 * 3600, 1200, StepProfile.constant(0.5)),
            new CapacityLoss("shop", "us-west-2", 4 * 3600, 1200, steps(0, 0.2, 600, 0.6)),
            new AddedLatency(null, "eu-west-1", 5 * 3600, 900, StepProfile.constant(0.2)),
            new AddedLatency("chat", null, 5 * 3600, 900, steps(0, 0.2, 600, 2.0)),
            new AuthoritativeDnsFailure(
                "default", 1800, 300, DnsFailureMode.SERVFAIL, StepProfile.constant(1.0))),
        failover.faults());
  }

  @Test
  void regionOutageWithoutFractionTakesTheWholeRegion() {
    assertEquals(
        new RegionOutage("ap-northeast-1", 6.5 * 3600, 1.5, StepProfile.constant(1.0)),
        spec.faults().get(1));
  }

  @Test
  void healthCheckedActivePassiveKeepsStandbyFailbackAndReplicationLag() {
    assertEquals(
        new DeploymentSpec(
            Strategy.ACTIVE_PASSIVE,
            "us-east-1",
            "us-west-2",
            60,
            new HealthCheckSpec(10, 2, false),
            null,
            new StandbySpec(0.3, 600),
            Failback.MANUAL,
            30),
        tenant(failover, "shop").deployment());
  }

  @Test
  void manualActivePassiveHasNoHealthCheckAndAFullStandby() {
    ManualFailoverSpec manual =
        new ManualFailoverSpec(
            new DelaySpec.Constant(600),
            new DelaySpec.Uniform(300, 1500),
            new DelaySpec.Constant(600));
    DeploymentSpec expected =
        new DeploymentSpec(
            Strategy.ACTIVE_PASSIVE,
            "us-east-1",
            "us-west-2",
            60,
            null,
            manual,
            new StandbySpec(1.0, 0),
            Failback.AUTOMATIC,
            0);
    assertEquals(expected, tenant(failover, "bank-1").deployment());
    assertEquals(expected, tenant(failover, "bank-2").deployment());
  }

  @Test
  void activeActiveAndBareActivePassiveGetTheDefaultHealthCheck() {
    HealthCheckSpec defaults = new HealthCheckSpec(30, 3, false);
    assertEquals(
        new DeploymentSpec(
            Strategy.ACTIVE_ACTIVE,
            "us-east-1",
            "eu-west-1",
            60,
            defaults,
            null,
            new StandbySpec(1.0, 0),
            Failback.AUTOMATIC,
            1),
        tenant(failover, "chat").deployment());
    assertEquals(
        new DeploymentSpec(
            Strategy.ACTIVE_PASSIVE,
            "eu-west-1",
            "us-west-2",
            60,
            defaults,
            null,
            new StandbySpec(1.0, 0),
            Failback.AUTOMATIC,
            0),
        tenant(failover, "blog").deployment());
  }

  @Test
  void providersSurviveCountExpansionAndDefaultToTheDefaultProvider() {
    assertEquals(
        List.of("route53", "route53", "route53", "cloudflare", TenantSpec.DEFAULT_PROVIDER),
        failover.tenants().stream().map(TenantSpec::dnsProvider).toList());
    assertEquals(TenantSpec.DEFAULT_PROVIDER, spec.tenants().get(0).dnsProvider());
  }

  @Test
  void dependencyNamesSetTheNumberOfLookups() {
    assertEquals(
        new TenantSpec.InternalDnsSpec(2, 20, 30, 10, List.of("dynamodb", "auth")),
        tenant(failover, "shop").internalDns());
    assertEquals(
        new TenantSpec.InternalDnsSpec(1, 10, 30, 10, List.of("dynamodb")),
        tenant(failover, "bank-2").internalDns());
    assertEquals(
        new TenantSpec.InternalDnsSpec(1, 10, 30, 10, List.of()),
        tenant(failover, "chat").internalDns());
  }

  private static StepProfile steps(double offset0, double value0, double offset1, double value1) {
    return new StepProfile(
        List.of(new StepProfile.Step(offset0, value0), new StepProfile.Step(offset1, value1)));
  }

  static TenantSpec tenant(ScenarioSpec s, String id) {
    return s.tenants().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void timeOfDayFaultStartBecomesSecondsFromStart() {
    RegionResolverFailure f = (RegionResolverFailure) spec.faults().get(0);
    assertEquals("ap-northeast-2", f.region());
    assertEquals(2 * 3600 + 19 * 60.0, f.atS());
    assertEquals(84 * 60.0, f.durationS());
    assertEquals(DnsFailureMode.NXDOMAIN, f.mode());
    assertEquals(
        new StepProfile(
            List.of(
                new StepProfile.Step(0, 0.3),
                new StepProfile.Step(1200, 1.0),
                new StepProfile.Step(4200, 0.5))),
        f.errorRate());
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
    assertEquals(
        List.of(new ProfileEvent(4 * 3600, 7200, 3.0), new ProfileEvent(3600, 1800, 2.0)),
        sale.events());
    assertEquals(
        List.of(new ProfileEvent(4 * 3600, 7200, 3.0)),
        spec.profiles().get("pre-black-friday").events());
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
    assertEquals(
        new TenantSpec.CapacitySpec(400, new DelaySpec.Exponential(0.08), 2000), shop.capacity());
    assertEquals(new TenantSpec.InternalDnsSpec(2, 50, 30, 10), shop.internalDns());
    assertEquals(
        new DeploymentSpec(
            DeploymentSpec.Strategy.SINGLE_REGION,
            "ap-northeast-2",
            null,
            60,
            null,
            null,
            null,
            DeploymentSpec.Failback.AUTOMATIC),
        shop.deployment());
  }

  @Test
  void countExpandsIntoNumberedTenantsWithDefaults() {
    assertEquals(
        List.of("shop", "bank-1", "bank-2", "bank-3"),
        spec.tenants().stream().map(TenantSpec::id).toList());
    TenantSpec bank = spec.tenants().get(3);
    assertEquals("finance", bank.sector());
    assertEquals(new TenantSpec.SessionSpec(5, 10, 0.034, 100), bank.session());
    assertEquals(new TenantSpec.ClientSpec(2, 0.5, 20, 10), bank.client());
    assertEquals(new TenantSpec.UserSpec(1, 30, 0, 7200), bank.user());
    assertEquals(
        new TenantSpec.CapacitySpec(100, new DelaySpec.LogNormal(0.25, 1.5), 1000),
        bank.capacity());
    assertEquals(new TenantSpec.InternalDnsSpec(1, 10, 30, 10), bank.internalDns());
    assertEquals(60.0, bank.deployment().ttlS());
    assertNull(bank.deployment().secondary());
  }
}
