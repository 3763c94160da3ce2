package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One fixture per kind of mistake under {@code scenarios/invalid/}; each test states the exact
 * problems, with file, line and path, that a user sees.
 */
class InvalidScenarioTest {
  private static final String DIR = "src/test/resources/scenarios/invalid/";

  /** A fixed heap and thread count, so the memory message does not depend on the machine. */
  private static final long HEAP_BYTES = 4L << 30;

  private static final int THREADS = 2;

  private static void assertProblems(String fixture, String... expected) {
    ScenarioException e =
        assertThrows(
            ScenarioException.class,
            () -> ScenarioDocument.read(Path.of(DIR + fixture)).toSpec(HEAP_BYTES, THREADS));
    List<String> want = Arrays.stream(expected).map(s -> DIR + s).toList();
    assertEquals(want, e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void resolverFleetKeysAreCheckedAndACapacityLossNeedsACapacity() {
    assertProblems(
        "resolver-fleet.yaml",
        "resolver-fleet.yaml:7: regions[1].resolver.backlog: must be longer than 0s, got 0s",
        "resolver-fleet.yaml:10: faults[0].region: region ap-northeast-2 has no resolver.capacity;"
            + " give regions[].resolver.capacity (lookups per second) for a capacity loss to act on",
        "resolver-fleet.yaml:13: faults[0].fraction: must be between 0 and 1, got 1.5",
        "resolver-fleet.yaml:14: faults[1].fraction: required key is missing",
        "resolver-fleet.yaml:22: tenants[0].instanceReplacement.interval: must be longer than 0s,"
            + " got 0s",
        "resolver-fleet.yaml:22: tenants[0].instanceReplacement.threshold: must be a positive"
            + " integer, got 0",
        "resolver-fleet.yaml:23: tenants[0].circuitBreaker.failureRate: must be above 0 and at most"
            + " 1, got 0",
        "resolver-fleet.yaml:23: tenants[0].circuitBreaker.minimumCalls: must not exceed window"
            + " (10): the window holds the calls recorded");
  }

  @Test
  void missingFileIsReported() {
    ScenarioException e =
        assertThrows(
            ScenarioException.class,
            () -> ScenarioLoader.load(Path.of(DIR + "no-such.yaml"), List.of()));
    assertEquals(
        List.of(DIR + "no-such.yaml: cannot read: no such file"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void zeroOrNegativeDurationsAreRejectedWhereTheyMustBePositive() {
    assertProblems(
        "bad-duration.yaml",
        "bad-duration.yaml:3: duration: must be longer than 0s, got 0s",
        "bad-duration.yaml:6: regions[0].resolver.timeout: must be longer than 0s, got 0ms",
        "bad-duration.yaml:7: dns.negativeTtl: must not be negative, got -5m",
        "bad-duration.yaml:12: tenants[0].client.timeout: must be longer than 0s, got -10s",
        "bad-duration.yaml:13: tenants[0].deployment.healthCheck.interval: must be longer than 0s, got 0s",
        "bad-duration.yaml:13: tenants[0].deployment.healthCheck: a single-region deployment does not fail over; remove healthCheck or choose active-passive");
  }

  @Test
  void startNeedsAnIsoDateTimeWithOffset() {
    assertProblems(
        "bad-start.yaml",
        "bad-start.yaml:2: start: expected a date-time with offset like 2018-11-22T06:00:00+09:00, got '2018-11-22 06:00'");
  }

  @Test
  void fileWithOnlyCommentsIsEmpty() {
    assertProblems(
        "comments-only.yaml", "comments-only.yaml: empty file, expected a scenario mapping");
  }

  @Test
  void directoryIsNotAScenarioFile() {
    assertProblems("directory.yaml", "directory.yaml: is a directory, expected a scenario file");
  }

  @Test
  void duplicateKeyIsReportedWithBothLines() {
    assertProblems(
        "duplicate-key.yaml", "duplicate-key.yaml:10: duplicate key 'duration' (first on line 3)");
  }

  @Test
  void tenantIdsMustBeUniqueAfterCountExpansion() {
    assertProblems(
        "duplicate-tenant.yaml",
        "duplicate-tenant.yaml:11: tenants[1].id: tenant id 'shop-2' is already used by tenants[0]",
        "duplicate-tenant.yaml:17: tenants[3].id: tenant id 'bank' is already used by tenants[2]");
  }

  @Test
  void emptyFileIsReported() {
    assertProblems("empty.yaml", "empty.yaml: empty file, expected a scenario mapping");
  }

  @Test
  void stubResolverAttemptsAndTimeoutsAreChecked() {
    assertProblems(
        "stub-resolver.yaml",
        "stub-resolver.yaml:7: dns.timeout: must be longer than 0s, got 0s",
        "stub-resolver.yaml:11: tenants[0].internalDns.attempts: must be an integer from 1 to 5, got 6",
        "stub-resolver.yaml:11: tenants[0].internalDns.timeout: must be longer than 0s, got -1s",
        "stub-resolver.yaml:15: tenants[1].internalDns.attempts: must be an integer from 1 to 5, got 0");
  }

  @Test
  void sloAndCurrencyAreCheckedWithTheirLines() {
    assertProblems(
        "slo-currency.yaml",
        "slo-currency.yaml:4: currency: expected an ISO 4217 currency code like KRW or USD, got 'krw', did you mean 'KRW'?",
        "slo-currency.yaml:5: slo: must be above 0% and at most 100%, got 120%",
        "slo-currency.yaml:10: tenants[0].slo: expected a success ratio like 99.9% or 0.999, got 'high'",
        "slo-currency.yaml:14: tenants[1].slo: must be above 0% and at most 100%, got 0",
        "slo-currency.yaml:18: tenants[2]: unknown key 'currency'; known keys are id, count, sector, slo, traffic, session, "
            + "client, user, capacity, internalDns, dns, deployment, cost, instanceReplacement, circuitBreaker");
  }

  @Test
  void errorRateMustStayWithinZeroAndOneAndStepsMustBeOrdered() {
    assertProblems(
        "error-rate.yaml",
        "error-rate.yaml:11: faults[0].errorRate: must be between 0 and 1, got 1.5",
        "error-rate.yaml:16: faults[1].errorRate[0][0]: the first step must start at 0s, got 5m",
        "error-rate.yaml:16: faults[1].errorRate[1][1]: must be between 0 and 1, got 1.2",
        "error-rate.yaml:16: faults[1].errorRate[2][0]: offsets must increase: 20m follows 20m",
        "error-rate.yaml:16: faults[1].errorRate[3][0]: the step starts at 1h30m, after the fault ends (1h)");
  }

  @Test
  void faultTimesMustFallBetweenStartAndHorizon() {
    assertProblems(
        "fault-time.yaml",
        "fault-time.yaml:7: faults[0].at: time of day 05:59 is before the start (06:00); write a later time as an offset like 20h",
        "fault-time.yaml:8: faults[1].at: not a time of day: '25:00'",
        "fault-time.yaml:9: faults[2].at: the fault starts at 8h, at or after the end of the simulation (8h)",
        "fault-time.yaml:10: faults[3].at: the fault starts at 8h, at or after the end of the simulation (8h)",
        "fault-time.yaml:11: faults[4].at: required key is missing",
        "fault-time.yaml:13: profiles.early.events[0].at: time of day 05:00 is before the start (06:00); write a later time as an offset like 20h");
  }

  @Test
  void yamlSyntaxErrorIsOneShortProblem() {
    assertProblems(
        "invalid-yaml.yaml",
        "invalid-yaml.yaml:6:4: invalid YAML: expected <block end>, but found '<block mapping start>'"
            + " (while parsing a block collection that begins at line 5, column 3)");
  }

  @Test
  void unclosedFlowMappingIsReportedWhereTheParserGivesUp() {
    assertProblems(
        "unclosed-flow.yaml",
        "unclosed-flow.yaml:8:15: invalid YAML: expected ',' or '}', but got :"
            + " (while parsing a flow mapping that begins at line 7, column 14)");
  }

  @Test
  void unclosedQuoteNamesWhereTheQuoteWasOpened() {
    assertProblems(
        "unclosed-quote.yaml",
        "unclosed-quote.yaml:4:1: invalid YAML: found unexpected end of stream"
            + " (while scanning a quoted scalar that begins at line 2, column 14)");
  }

  /**
   * A scenario of 51 lines, every one a key or a list item, so a tab can go at the start of any
   * line: one region and ten tenants of four lines each.
   */
  private static List<String> longScenario() {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "name: tabs",
                "start: 2018-11-22T08:00:00+09:00",
                "duration: 1h",
                "regions:",
                "  - id: ap-northeast-2",
                "tenants:"));
    for (int i = 1; i <= 10; i++) {
      lines.addAll(
          List.of(
              "  - id: shop-" + i,
              "    traffic:",
              "      sessionsPerSecond: 1",
              "    deployment: { primary: ap-northeast-2 }"));
    }
    lines.addAll(
        List.of(
            "  - id: bank",
            "    traffic: { sessionsPerSecond: 1 }",
            "    deployment:",
            "      primary: ap-northeast-2",
            "seed: 7"));
    return lines;
  }

  @Test
  void longScenarioWithoutTabsIsValid(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tabs.yaml");
    Files.write(file, longScenario());
    assertEquals(11, ScenarioDocument.read(file).toSpec(HEAP_BYTES, THREADS).tenants().size());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 20, 32, 45, 51})
  void tabAtTheStartOfALineIsReportedOnThatLineAndColumnOne(int line, @TempDir Path dir)
      throws IOException {
    List<String> lines = longScenario();
    lines.set(line - 1, "\t" + lines.get(line - 1));
    Path file = dir.resolve("tabs.yaml");
    Files.write(file, lines);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.read(file));
    assertEquals(
        List.of(
            file
                + ":"
                + line
                + ":1: invalid YAML: found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation)"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void tabInsideALineIsReportedAtItsColumn(@TempDir Path dir) throws IOException {
    List<String> lines = longScenario();
    lines.set(31, "    \ttraffic:");
    Path file = dir.resolve("tabs.yaml");
    Files.write(file, lines);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.read(file));
    assertEquals(
        List.of(
            file
                + ":32:5: invalid YAML: found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation)"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void everyProblemIsReportedAtOnceInLineOrder() {
    assertProblems(
        "several-problems.yaml",
        "several-problems.yaml:1: name: must contain only letters, digits, '_', '.' and '-', got 'seoul 2018'",
        "several-problems.yaml:1: duration: required key is missing",
        "several-problems.yaml:5: regions[1].id: duplicate region id 'ap-northeast-2' (also regions[0])",
        "several-problems.yaml:9: faults[0].at: time of day 05:00 is before the start (06:00); write a later time as an offset like 20h",
        "several-problems.yaml:11: faults[0].mode: expected one of servfail, timeout, nxdomain, got 'servfial', did you mean 'servfail'?",
        "several-problems.yaml:16: faults[1].mode: does not apply to fault type region-outage",
        "several-problems.yaml:19: tenants[0].count: must be a positive integer, got 0",
        "several-problems.yaml:20: tenants[0].traffic.sessionsPerSecond: required key is missing",
        "several-problems.yaml:20: tenants[0].traffic.profile: unknown profile 'none'; no profiles are defined",
        "several-problems.yaml:21: tenants[0].session.pages: must be a positive integer, got 0",
        "several-problems.yaml:21: tenants[0].session.conversion: must be between 0 and 1, got 1.2",
        "several-problems.yaml:23: tenants[0].capacity.servers: must be a positive integer, got -4",
        "several-problems.yaml:24: tenants[0].capacity.serviceTime.mean: is not a parameter of the uniform distribution",
        "several-problems.yaml:24: tenants[0].capacity.serviceTime.max: must not be shorter than min (2s)",
        "several-problems.yaml:25: tenants[0].internalDns.instances: must be a positive integer, got 0",
        "several-problems.yaml:28: tenants[0].deployment.secondary: a single-region deployment has no secondary; remove it or choose active-passive",
        "several-problems.yaml:29: tenants[0].deployment.failover.decide: required key is missing",
        "several-problems.yaml:29: tenants[0].deployment.failover.execute: required key is missing",
        "several-problems.yaml:29: tenants[0].deployment.failover: a single-region deployment does not fail over; remove failover or choose active-passive");
  }

  @Test
  void scenarioTooLargeForTheHeapIsRefused() {
    assertProblems(
        "too-much-memory.yaml",
        "too-much-memory.yaml: scenario needs about 13.0 GiB of memory for 2 replications at once, the JVM has "
            + "4.0 GiB; give it more (OUTAGESIM_JAVA_OPTS=-Xmx17g ./outagesim ..., or JAVA_TOOL_OPTIONS=-Xmx17g for "
            + "java -jar), run fewer at once with --threads, or reduce tenants, resolvers or traffic");
  }

  @Test
  void topLevelMustBeAMapping() {
    assertProblems(
        "top-level-list.yaml",
        "top-level-list.yaml:1: expected a mapping of scenario keys at the top level, got a list");
  }

  @Test
  void unknownKeysAreReportedWithDidYouMean() {
    assertProblems(
        "unknown-key.yaml",
        "unknown-key.yaml:4: unknown key 'replicatons', did you mean 'replications'?",
        "unknown-key.yaml:12: tenants[0].deployment: unknown key 'tll', did you mean 'ttl'?",
        "unknown-key.yaml:13: tenants[0].deployment: unknown key 'colour'; known keys are strategy, primary,"
            + " secondary, ttl, failback, replicationLag, healthCheck, failover, standby");
  }

  @Test
  void profilesMustExistAndBasesMustNotFormACycle() {
    assertProblems(
        "unknown-profile.yaml",
        "unknown-profile.yaml:7: profiles.kr-weekday.hourly: expected exactly 24 multipliers, one per hour, got 3",
        "unknown-profile.yaml:8: profiles.sale.base: unknown profile 'kr-wekday', did you mean 'kr-weekday'?",
        "unknown-profile.yaml:9: profiles.loop-a.base: profile cycle: loop-a -> loop-b -> loop-a",
        "unknown-profile.yaml:10: profiles.loop-b.base: profile cycle: loop-b -> loop-a -> loop-b",
        "unknown-profile.yaml:13: tenants[0].traffic.profile: unknown profile 'kr-weekdy', did you mean 'kr-weekday'?");
  }

  @Test
  void regionsNamedByFaultsAndTenantsMustExist() {
    assertProblems(
        "unknown-region.yaml",
        "unknown-region.yaml:9: faults[0].region: unknown region 'ap-northeast-3', did you mean 'ap-northeast-2'?",
        "unknown-region.yaml:15: tenants[0].deployment.primary: unknown region 'eu-west-1';"
            + " known regions are ap-northeast-2, us-east-1");
  }

  @Test
  void suggestionsNameOnlyValuesValidThereAndNoFollowOnProblems() {
    assertProblems(
        "suggestions.yaml",
        "suggestions.yaml:9: profiles.sale.base: unknown profile 'sael'; known profiles are kr-weekday",
        "suggestions.yaml:15: faults[0].mode: expected one of servfail, timeout, nxdomain, got 'timout',"
            + " did you mean 'timeout'?",
        "suggestions.yaml:19: tenants[0].deployment.secondary: unknown region 'ap-northeast-3',"
            + " did you mean 'ap-northeast-1'?",
        "suggestions.yaml:22: tenants[1].deployment.primary: unknown region 'eu-west-1';"
            + " known regions are ap-northeast-2, ap-northeast-1",
        "suggestions.yaml:25: tenants[2].deployment.strategy: expected one of single-region, active-passive,"
            + " active-active, got 'active_active', did you mean 'active-active'?",
        "suggestions.yaml:29: tenants[3].deployment.strategy: expected one of single-region, active-passive,"
            + " active-active, got 'multi-region'",
        "suggestions.yaml:31: tenants[3].deployment.secondary: must differ from primary 'ap-northeast-2'",
        "suggestions.yaml:32: tenants[3].deployment.healthCheck.threshold: must be an integer from 1 to 10, got 0");
  }

  @Test
  void secondaryInAScenarioOfOneRegionIsToldToAddARegion() {
    assertProblems(
        "only-region.yaml",
        "only-region.yaml:9: tenants[0].deployment.secondary: unknown region 'ap-northeast-3';"
            + " the only region is the primary 'ap-northeast-2': add another to regions");
  }

  @Test
  void unknownFaultTypeIsReportedWithDidYouMean() {
    assertProblems(
        "unknown-fault-type.yaml",
        "unknown-fault-type.yaml:7: faults[0].type: unknown fault type 'region-outtage', did you mean 'region-outage'?",
        "unknown-fault-type.yaml:11: faults[1].type: unknown fault type 'packet-loss'; known fault types are"
            + " region-resolver-failure, resolver-capacity-loss, region-outage, authoritative-dns-failure, record-removal, capacity-loss, latency");
  }

  @Test
  void faultsMustNameProvidersTenantsRegionsAndDependencyNamesThatExist() {
    assertProblems(
        "fault-targets.yaml",
        "fault-targets.yaml:9: faults[0].provider: unknown provider 'ns9'; tenants use: default, route53",
        "fault-targets.yaml:13: faults[1].provider: unknown provider 'rute53', did you mean 'route53'? Tenants use: default, route53",
        "fault-targets.yaml:14: faults[1].region: does not apply to fault type authoritative-dns-failure",
        "fault-targets.yaml:19: faults[2].name: give either tenant or name, not both",
        "fault-targets.yaml:22: faults[3]: give tenant (to remove a tenant's public record) or name (to remove an internal dependency name)",
        "fault-targets.yaml:26: faults[4].name: no tenant lists 'dynamo' in internalDns.names, did you mean 'dynamodb'?",
        "fault-targets.yaml:27: faults[4].region: unknown region 'ap-northeast-3', did you mean 'ap-northeast-2'?",
        "fault-targets.yaml:31: faults[5].tenant: unknown tenant 'bank'; faults name tenants after count expansion: bank-1 to bank-2",
        "fault-targets.yaml:32: faults[5].region: applies only together with name; a tenant's public record is the same in every region",
        "fault-targets.yaml:33: faults[5].negativeTtl: applies only together with name; resolvers cache a tenant's missing public record for dns.negativeTtl",
        "fault-targets.yaml:37: faults[6].tenant: unknown tenant 'shpo', did you mean 'shop'?",
        "fault-targets.yaml:41: faults[7]: give tenant, region or both",
        "fault-targets.yaml:47: faults[8].region: tenant 'shop' does not run in region 'ap-northeast-1'; it runs in ap-northeast-2");
  }

  @Test
  void faultValuesAreCheckedAndKeysOfOtherTypesRejected() {
    assertProblems(
        "fault-values.yaml",
        "fault-values.yaml:11: faults[0].fraction: must be between 0 and 1, got 1.5",
        "fault-values.yaml:16: faults[1].delay: must not be negative, got -200ms",
        "fault-values.yaml:21: faults[2].delay[1][1]: expected a duration like 30s, 5m or 1h30m, got '0.5'",
        "fault-values.yaml:21: faults[2].delay[2][0]: the step starts at 10m, after the fault ends (10m)",
        "fault-values.yaml:22: faults[3].region: required key is missing",
        "fault-values.yaml:25: faults[3].fraction[1]: expected an [offset, fraction] pair like [20m, 0.5], got '1.0'",
        "fault-values.yaml:26: faults[4].fraction: required key is missing",
        "fault-values.yaml:30: faults[4].mode: does not apply to fault type capacity-loss",
        "fault-values.yaml:31: faults[5].delay: required key is missing",
        "fault-values.yaml:35: faults[5].fraction: does not apply to fault type latency");
  }

  @Test
  void eachStrategyRejectsTheFailoverSettingsItCannotUse() {
    assertProblems(
        "failover.yaml",
        "failover.yaml:13: tenants[0].deployment.secondary: must differ from primary 'ap-northeast-2'",
        "failover.yaml:14: tenants[0].deployment.healthCheck.threshold: must be an integer from 1 to 10, got 0",
        "failover.yaml:15: tenants[0].deployment.standby.capacity: must be between 0 and 1, got 1.2",
        "failover.yaml:16: tenants[0].deployment.replicationLag: must not be negative, got -1s",
        "failover.yaml:23: tenants[1].deployment.healthCheck.threshold: must be an integer from 1 to 10, got 11",
        "failover.yaml:24: tenants[1].deployment.failover: give either healthCheck or failover, not both",
        "failover.yaml:31: tenants[2].deployment.failover: active-active fails over by health check only; remove failover or choose active-passive",
        "failover.yaml:32: tenants[2].deployment.standby: active-active runs full capacity in both regions; remove standby",
        "failover.yaml:37: tenants[3].deployment.healthCheck: a single-region deployment does not fail over; remove healthCheck or choose active-passive",
        "failover.yaml:38: tenants[3].deployment.failover: a single-region deployment does not fail over; remove failover or choose active-passive",
        "failover.yaml:39: tenants[3].deployment.standby: a single-region deployment does not fail over; remove standby or choose active-passive",
        "failover.yaml:40: tenants[3].deployment.replicationLag: a single-region deployment has no secondary; remove replicationLag or choose active-passive");
  }

  @Test
  void providersAndDependencyNamesMustBeNonEmptyAndNamesMatchLookups() {
    assertProblems(
        "tenant-dns.yaml",
        "tenant-dns.yaml:6: dns.failureTtl: must not be negative, got -5s",
        "tenant-dns.yaml:10: tenants[0].dns: unknown key 'zone'; known keys are provider",
        "tenant-dns.yaml:10: tenants[0].dns.provider: must not be empty",
        "tenant-dns.yaml:11: tenants[0].internalDns.lookups: must equal the number of names (2), got 3; leave lookups out to resolve each name once",
        "tenant-dns.yaml:15: tenants[1].internalDns.names[1]: must not be empty",
        "tenant-dns.yaml:15: tenants[1].internalDns.names[3]: duplicate name 'dynamodb' (also names[0])",
        "tenant-dns.yaml:15: tenants[1].internalDns.names[4]: expected a text, got a list",
        "tenant-dns.yaml:19: tenants[2].internalDns.names: expected at least one name; leave names out if the tenant's dependencies are its own");
  }

  @Test
  void valuesOfTheWrongTypeAreReported() {
    assertProblems(
        "wrong-type.yaml",
        "wrong-type.yaml:3: duration: expected a duration like 30s, 5m or 1h30m, got '30'",
        "wrong-type.yaml:4: replications: expected an integer, got 'abc'",
        "wrong-type.yaml:5: seed: must be a non-negative integer, got -1",
        "wrong-type.yaml:8: regions[0].resolver.capacity: expected a finite number, got '.inf'",
        "wrong-type.yaml:10: dns.serveStale: expected true or false, got 'maybe'",
        "wrong-type.yaml:11: dns.ttlViolation: expected a mapping, got '0.1'",
        "wrong-type.yaml:14: tenants[0].traffic.sessionsPerSecond: expected a number, got 'lots'",
        "wrong-type.yaml:15: tenants[0].capacity.servers: expected an integer, got '4.5'",
        "wrong-type.yaml:15: tenants[0].capacity.queueLimit: expected an integer, got a list",
        "wrong-type.yaml:16: tenants[0].deployment.strategy: expected one of single-region, active-passive, active-active, got 'multi-region'");
  }
}
