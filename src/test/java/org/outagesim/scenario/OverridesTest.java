package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;

class OverridesTest {

  private static ScenarioSpec load(String... overrides) throws ScenarioException {
    return ScenarioLoader.load(ScenarioLoaderTest.VALID, List.of(overrides));
  }

  private static List<String> problems(String... overrides) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> load(overrides));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void setsTopLevelAndNestedKeys() throws ScenarioException {
    ScenarioSpec spec =
        load(
            "replications=5",
            "dns.serveStale=true",
            "regions[ap-northeast-2].resolver.capacity=100");
    assertEquals(5, spec.replications());
    assertEquals(true, spec.dns().serveStale());
    assertEquals(100.0, spec.regions().get(0).resolver().capacity());
  }

  @Test
  void selectsTenantByIdBeforeCountExpansion() throws ScenarioException {
    ScenarioSpec spec = load("tenants[bank].deployment.ttl=10s");
    assertEquals(
        List.of(60.0, 10.0, 10.0, 10.0),
        spec.tenants().stream().map(t -> t.deployment().ttlS()).toList());
  }

  @Test
  void starSelectsEveryElement() throws ScenarioException {
    ScenarioSpec spec = load("tenants[*].client.retries=0");
    assertEquals(
        List.of(0, 0, 0, 0), spec.tenants().stream().map(t -> t.client().retries()).toList());
  }

  @Test
  void indexSelectsListElementsWithoutIds() throws ScenarioException {
    ScenarioSpec spec = load("faults[0].duration=30m", "faults[0].errorRate=[[0m, 0.5]]");
    RegionResolverFailure f = (RegionResolverFailure) spec.faults().get(0);
    assertEquals(1800.0, f.durationS());
    assertEquals(StepProfile.constant(0.5), f.errorRate());
  }

  @Test
  void createsMissingMappings() throws ScenarioException {
    ScenarioSpec spec = load("tenants[bank].session.pages=1", "regions[1].resolver.timeout=2s");
    TenantSpec bank = spec.tenants().get(1);
    assertEquals(1, bank.session().pages());
    assertEquals(2.0, spec.regions().get(1).resolver().timeoutS());
  }

  @Test
  void replacesAPlainDurationWithADistribution() throws ScenarioException {
    ScenarioSpec spec =
        load(
            "tenants[shop].capacity.serviceTime={distribution: uniform, min: 10ms, max: 30ms}",
            "tenants[bank].capacity.serviceTime={distribution: constant, mean: 1.5s}");
    assertEquals(new DelaySpec.Uniform(0.01, 0.03), spec.tenants().get(0).capacity().serviceTime());
    assertEquals(new DelaySpec.Constant(1.5), spec.tenants().get(1).capacity().serviceTime());
  }

  @Test
  void setsHealthCheckAndFaultFractionOfTheNewKeys() throws ScenarioException {
    ScenarioSpec spec =
        ScenarioLoader.load(
            ScenarioLoaderTest.FAILOVER,
            List.of(
                "tenants[shop].deployment.healthCheck.deep=true",
                "tenants[blog].deployment.healthCheck.deep=true",
                "faults[0].fraction=0.5",
                "dns.failureTtl=0s",
                "tenants[chat].dns.provider=ns1"));
    assertEquals(
        new HealthCheckSpec(10, 2, true),
        ScenarioLoaderTest.tenant(spec, "shop").deployment().healthCheck());
    assertEquals(
        new HealthCheckSpec(30, 3, true),
        ScenarioLoaderTest.tenant(spec, "blog").deployment().healthCheck());
    assertEquals(StepProfile.constant(0.5), ((RegionOutage) spec.faults().get(0)).fraction());
    assertEquals(0.0, spec.dns().failureTtlS());
    assertEquals("ns1", ScenarioLoaderTest.tenant(spec, "chat").dnsProvider());
  }

  @Test
  void overriddenKeyOfAnotherFaultTypeIsReported() {
    assertEquals(
        List.of("--set: faults[0].fraction: does not apply to fault type region-resolver-failure"),
        problems("faults[0].fraction=0.5"));
  }

  @Test
  void laterOverridesWinAndTheDocumentIsNotChanged() throws ScenarioException {
    ScenarioDocument doc = ScenarioDocument.read(ScenarioLoaderTest.VALID);
    assertEquals(
        7, doc.withOverrides(List.of("replications=3", "replications=7")).toSpec().replications());
    assertEquals(30, doc.toSpec().replications());
  }

  @Test
  void unknownKeyIsReportedWithDidYouMean() {
    assertEquals(
        List.of("--set: tenants[shop].deployment.tll=10s: unknown key 'tll', did you mean 'ttl'?"),
        problems("tenants[shop].deployment.tll=10s"));
  }

  @Test
  void unknownIdAndIndexOutOfRangeAreReported() {
    assertEquals(
        List.of(
            "--set: tenants[shpo].client.retries=1: no entry of tenants has id 'shpo', did you mean 'shop'?",
            "--set: faults[2].duration=1h: index 2 is out of range, faults has 2 entries"),
        problems("tenants[shpo].client.retries=1", "faults[2].duration=1h"));
  }

  @Test
  void malformedOverridesAreReported() {
    assertEquals(
        List.of(
            "--set: replications: expected path=value, like tenants[shop].deployment.ttl=30s",
            "--set: tenants[shop.ttl=1s: expected path=value, like tenants[shop].deployment.ttl=30s",
            "--set: name.first=x: 'name' holds 'seoul-2018', not a mapping",
            "--set: dns[0].resolvers=1: 'dns' is not a list, it takes no [0]",
            "--set: dns.resolvers=[1: invalid value: expected ',' or ']', but got <stream end>"),
        problems(
            "replications",
            "tenants[shop.ttl=1s",
            "name.first=x",
            "dns[0].resolvers=1",
            "dns.resolvers=[1"));
  }

  @Test
  void invalidValueFromAnOverrideIsReportedAgainstTheOverride() {
    assertEquals(
        List.of(
            "--set: dns.negativeTtl: expected a duration like 30s, 5m or 1h30m, got '30'",
            "--set: tenants[0].client.retries: must be a non-negative integer, got -1"),
        problems("tenants[shop].client.retries=-1", "dns.negativeTtl=30"));
  }

  @Test
  void fileProblemsComeBeforeOverrideProblems() {
    assertEquals(
        List.of(
            ScenarioLoaderTest.VALID
                + ":54: tenants[0].deployment.secondary: required key is missing",
            "--set: tenants[0].deployment.standby.capacity: must be between 0 and 1, got 2",
            "--set: tenants[0].deployment.standby: active-active runs full capacity in both regions; remove standby"),
        problems(
            "tenants[shop].deployment.strategy=active-active",
            "tenants[shop].deployment.standby.capacity=2"));
  }

  @Test
  void problemsOfAnOptionNameTheOption() {
    ScenarioException e =
        assertThrows(
            ScenarioException.class,
            () ->
                ScenarioLoader.load(
                    ScenarioLoaderTest.VALID,
                    List.of("seed=-1"),
                    java.util.Map.of("--replications", "replications=0")));
    assertEquals(
        List.of(
            "--replications: must be a positive integer, got 0",
            "--set: seed: must be a non-negative integer, got -1"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
