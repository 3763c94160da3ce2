package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioDocument.read(Path.of(DIR + fixture)).toSpec(HEAP_BYTES, THREADS));
    List<String> want = Arrays.stream(expected).map(s -> DIR + s).toList();
    assertEquals(want, e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void missingFileIsReported() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(Path.of(DIR + "no-such.yaml"), List.of()));
    assertEquals(List.of(DIR + "no-such.yaml: cannot read: no such file"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void zeroOrNegativeDurationsAreRejectedWhereTheyMustBePositive() {
    assertProblems("bad-duration.yaml",
        "bad-duration.yaml:3: duration: must be longer than 0s, got 0s",
        "bad-duration.yaml:6: regions[0].resolver.timeout: must be longer than 0s, got 0ms",
        "bad-duration.yaml:7: dns.negativeTtl: must not be negative, got -5m",
        "bad-duration.yaml:12: tenants[0].client.timeout: must be longer than 0s, got -10s",
        "bad-duration.yaml:13: tenants[0].deployment.healthCheck.interval: must be longer than 0s, got 0s");
  }

  @Test
  void startNeedsAnIsoDateTimeWithOffset() {
    assertProblems("bad-start.yaml",
        "bad-start.yaml:2: start: expected a date-time with offset like 2018-11-22T06:00:00+09:00, got '2018-11-22 06:00'");
  }

  @Test
  void fileWithOnlyCommentsIsEmpty() {
    assertProblems("comments-only.yaml",
        "comments-only.yaml: empty file, expected a scenario mapping");
  }

  @Test
  void directoryIsNotAScenarioFile() {
    assertProblems("directory.yaml",
        "directory.yaml: is a directory, expected a scenario file");
  }

  @Test
  void duplicateKeyIsReportedWithBothLines() {
    assertProblems("duplicate-key.yaml",
        "duplicate-key.yaml:10: duplicate key 'duration' (first on line 3)");
  }

  @Test
  void tenantIdsMustBeUniqueAfterCountExpansion() {
    assertProblems("duplicate-tenant.yaml",
        "duplicate-tenant.yaml:11: tenants[1].id: tenant id 'shop-2' is already used by tenants[0]",
        "duplicate-tenant.yaml:17: tenants[3].id: tenant id 'bank' is already used by tenants[2]");
  }

  @Test
  void emptyFileIsReported() {
    assertProblems("empty.yaml",
        "empty.yaml: empty file, expected a scenario mapping");
  }

  @Test
  void errorRateMustStayWithinZeroAndOneAndStepsMustBeOrdered() {
    assertProblems("error-rate.yaml",
        "error-rate.yaml:11: faults[0].errorRate: must be between 0 and 1, got 1.5",
        "error-rate.yaml:16: faults[1].errorRate[0][0]: the first step must start at 0s, got 5m",
        "error-rate.yaml:16: faults[1].errorRate[1][1]: must be between 0 and 1, got 1.2",
        "error-rate.yaml:16: faults[1].errorRate[2][0]: offsets must increase: 20m follows 20m",
        "error-rate.yaml:16: faults[1].errorRate[3][0]: the step starts at 1h30m, after the fault ends (1h)");
  }

  @Test
  void faultTimesMustFallBetweenStartAndHorizon() {
    assertProblems("fault-time.yaml",
        "fault-time.yaml:7: faults[0].at: time of day 05:59 is before the start (06:00); write a later time as an offset like 20h",
        "fault-time.yaml:8: faults[1].at: not a time of day: '25:00'",
        "fault-time.yaml:9: faults[2].at: the fault starts at 8h, at or after the end of the simulation (8h)",
        "fault-time.yaml:10: faults[3].at: the fault starts at 8h, at or after the end of the simulation (8h)",
        "fault-time.yaml:11: faults[4].at: required key is missing",
        "fault-time.yaml:13: profiles.early.events[0].at: time of day 05:00 is before the start (06:00); write a later time as an offset like 20h");
  }

  @Test
  void yamlSyntaxErrorIsOneShortProblem() {
    assertProblems("invalid-yaml.yaml",
        "invalid-yaml.yaml:6: invalid YAML: expected <block end>, but found '<block mapping start>'");
  }

  @Test
  void everyProblemIsReportedAtOnceInLineOrder() {
    assertProblems("several-problems.yaml",
        "several-problems.yaml:1: name: must contain only letters, digits, '_', '.' and '-', got 'seoul 2018'",
        "several-problems.yaml:1: duration: required key is missing",
        "several-problems.yaml:5: regions[1].id: duplicate region id 'ap-northeast-2' (also regions[0])",
        "several-problems.yaml:9: faults[0].at: time of day 05:00 is before the start (06:00); write a later time as an offset like 20h",
        "several-problems.yaml:11: faults[0].mode: expected one of servfail, timeout, nxdomain, got 'servfial'",
        "several-problems.yaml:16: faults[1].mode: does not apply to fault type region-outage",
        "several-problems.yaml:19: tenants[0].count: must be a positive integer, got 0",
        "several-problems.yaml:20: tenants[0].traffic.sessionsPerSecond: required key is missing",
        "several-problems.yaml:20: tenants[0].traffic.profile: unknown profile 'none'",
        "several-problems.yaml:21: tenants[0].session.pages: must be a positive integer, got 0",
        "several-problems.yaml:21: tenants[0].session.conversion: must be between 0 and 1, got 1.2",
        "several-problems.yaml:23: tenants[0].capacity.servers: must be a positive integer, got -4",
        "several-problems.yaml:24: tenants[0].capacity.serviceTime.mean: is not a parameter of the uniform distribution",
        "several-problems.yaml:24: tenants[0].capacity.serviceTime.max: must not be shorter than min (2s)",
        "several-problems.yaml:25: tenants[0].internalDns.instances: must be a positive integer, got 0",
        "several-problems.yaml:28: tenants[0].deployment.secondary: a single-region deployment has no secondary; remove it or choose active-passive",
        "several-problems.yaml:29: tenants[0].deployment.failover.decide: required key is missing",
        "several-problems.yaml:29: tenants[0].deployment.failover.execute: required key is missing");
  }

  @Test
  void scenarioTooLargeForTheHeapIsRefused() {
    assertProblems("too-much-memory.yaml",
        "too-much-memory.yaml: scenario needs about 13.0 GiB of memory per replication batch, the JVM has 4.0 GiB (raise -Xmx, or reduce tenants, resolvers or traffic)");
  }

  @Test
  void topLevelMustBeAMapping() {
    assertProblems("top-level-list.yaml",
        "top-level-list.yaml:1: expected a mapping of scenario keys at the top level, got a list");
  }

  @Test
  void unknownKeysAreReportedWithDidYouMean() {
    assertProblems("unknown-key.yaml",
        "unknown-key.yaml:4: unknown key 'replicatons', did you mean 'replications'?",
        "unknown-key.yaml:12: tenants[0].deployment: unknown key 'tll', did you mean 'ttl'?",
        "unknown-key.yaml:13: tenants[0].deployment: unknown key 'colour'");
  }

  @Test
  void profilesMustExistAndBasesMustNotFormACycle() {
    assertProblems("unknown-profile.yaml",
        "unknown-profile.yaml:7: profiles.kr-weekday.hourly: expected exactly 24 multipliers, one per hour, got 3",
        "unknown-profile.yaml:8: profiles.sale.base: unknown profile 'kr-wekday', did you mean 'kr-weekday'?",
        "unknown-profile.yaml:9: profiles.loop-a.base: profile cycle: loop-a -> loop-b -> loop-a",
        "unknown-profile.yaml:10: profiles.loop-b.base: profile cycle: loop-b -> loop-a -> loop-b",
        "unknown-profile.yaml:13: tenants[0].traffic.profile: unknown profile 'kr-weekdy', did you mean 'kr-weekday'?");
  }

  @Test
  void regionsNamedByFaultsAndTenantsMustExist() {
    assertProblems("unknown-region.yaml",
        "unknown-region.yaml:9: faults[0].region: unknown region 'ap-northeast-3', did you mean 'ap-northeast-2'?",
        "unknown-region.yaml:15: tenants[0].deployment.primary: unknown region 'eu-west-1'");
  }

  @Test
  void faultTypesAndStrategiesOfLaterVersionsAreRejected() {
    assertProblems("unsupported.yaml",
        "unsupported.yaml:8: faults[0].type: fault type 'latency' is not supported by this version",
        "unsupported.yaml:12: faults[1].type: unknown fault type 'region-outtage', did you mean 'region-outage'?",
        "unsupported.yaml:20: tenants[0].deployment.strategy: 'active-passive' is not supported by this version; use single-region");
  }

  @Test
  void valuesOfTheWrongTypeAreReported() {
    assertProblems("wrong-type.yaml",
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
