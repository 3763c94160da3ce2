package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.scenario.Problem;
import org.outagesim.scenario.ScenarioException;

/** Every invalid sweep file gives its exact messages, with line and key path. */
class InvalidSweepFileTest {
  private static final String DIR = "src/test/resources/sweeps/invalid/";
  private static final String METRICS =
      "sessions, requests, requests_failed, failed_request_share, failed_public_dns, failed_internal_dns,"
          + " failed_unreachable, failed_overload, retries, transactions_intended, transactions_completed,"
          + " transactions_deferred, transactions_lost, transactions_pending, revenue_lost, orders_at_risk, downtime_minutes, degraded_minutes,"
          + " time_to_detect_s, time_to_failover_s, time_to_recover_s, latency_mean_ms, latency_p50_ms, latency_p99_ms";

  static List<String> problems(String name) {
    ScenarioException e =
        assertThrows(
            ScenarioException.class, () -> SweepPlanner.fromFile(Path.of(DIR + name), List.of()));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void unknownKeysAreReportedWithAHintOrTheKnownKeys() {
    String f = DIR + "unknown-keys.yaml";
    assertEquals(
        List.of(
            f + ":4: latinHypercube: unknown key 'sed', did you mean 'seed'?",
            f + ":7: unknown key 'replicatons', did you mean 'replications'?",
            f + ":8: precision: unknown key 'relativ', did you mean 'relative'?",
            f
                + ":8: precision: missing key 'relative': the wanted 95% half-width as a fraction of the mean, like 0.05",
            f
                + ":9: unknown key 'colour'; known keys are scenario, vary, points, latinHypercube, replications, metrics,"
                + " baseline, precision, compare, set"),
        problems("unknown-keys.yaml"));
  }

  @Test
  void missingScenarioIsLookedUpNextToTheSweepFile() {
    String f = DIR + "missing-scenario.yaml";
    assertEquals(
        List.of(
            f
                + ":2: scenario: no such file: "
                + Path.of(DIR, "scenario.yaml")
                + " (scenario.yaml relative to the sweep file)"),
        problems("missing-scenario.yaml"));
  }

  @Test
  void emptyValueListsAndNonListsAreRejected() {
    String f = DIR + "empty-values.yaml";
    assertEquals(
        List.of(
            f + ":3: vary.tenants[shop].deployment.ttl: empty list of values; give at least one",
            f
                + ":4: vary.tenants[shop].deployment.healthCheck.interval: expected a list of values like [10s, 60s], got '10s'"),
        problems("empty-values.yaml"));
  }

  @Test
  void everyPointMustSetTheSamePaths() {
    String f = DIR + "inconsistent-points.yaml";
    String first =
        "; every point must set the same paths as the first (tenants[shop].deployment.ttl, tenants[*].client.retries)";
    assertEquals(
        List.of(
            f + ":5: points[1]: lacks tenants[*].client.retries" + first,
            f
                + ":6: points[2]: has tenants[*].client.timeout that the first point does not"
                + first),
        problems("inconsistent-points.yaml"));
  }

  @Test
  void hypercubeNeedsTwoSamplesAndOrderedNumericOrDurationBounds() {
    String f = DIR + "bad-ranges.yaml";
    String r = ": latinHypercube.ranges.tenants[shop].deployment.";
    assertEquals(
        List.of(
            f + ":3: latinHypercube.samples: must be at least 2, got 1",
            f + ":5" + r + "ttl: min must be less than max, got [5m, 10s]",
            f
                + ":6"
                + r
                + "healthCheck.interval: the bounds must be two numbers or two durations (like [10s, 5m]), got [30, 5m]",
            f
                + ":7"
                + r
                + "healthCheck.threshold: the bounds must be two numbers or two durations (like [10s, 5m]),"
                + " got [low, high]",
            f
                + ":8: latinHypercube.ranges.faults[0].errorRate: min must be less than max, got [0.5, 0.5]"),
        problems("bad-ranges.yaml"));
  }

  @Test
  void unknownMetricListsTheValidOnes() {
    assertEquals(
        List.of(
            DIR
                + "unknown-metric.yaml:4: metrics: unknown metric 'revenue_lots', did you mean 'revenue_lost'?"
                + " Metrics are "
                + METRICS),
        problems("unknown-metric.yaml"));
  }

  @Test
  void baselineMustBeAPoint() {
    assertEquals(
        List.of(
            DIR
                + "baseline-out-of-range.yaml:4: baseline: point 3 does not exist; the sweep has 3 points,"
                + " numbered 0 to 2"),
        problems("baseline-out-of-range.yaml"));
    assertEquals(
        List.of(
            DIR
                + "baseline-no-match.yaml:5: baseline: no point has tenants[shop].deployment.ttl=45s"),
        problems("baseline-no-match.yaml"));
  }

  @Test
  void everyPointIsValidatedAgainstTheScenario() {
    String f = DIR + "invalid-point.yaml:2: ";
    String ttl = "tenants[0].deployment.ttl: must not be negative, got -5s";
    String threshold =
        "tenants[0].deployment.healthCheck.threshold: must be an integer from 1 to 10, got 11";
    String p = "tenants[shop].deployment.ttl=";
    String t = ", tenants[shop].deployment.healthCheck.threshold=";
    assertEquals(
        List.of(
            f + "point 1 (" + p + "60s" + t + "11): " + threshold,
            f + "point 2 (" + p + "-5s" + t + "3): " + ttl,
            f + "point 3 (" + p + "-5s" + t + "11): " + ttl,
            f + "point 3 (" + p + "-5s" + t + "11): " + threshold),
        problems("invalid-point.yaml"));
  }

  @Test
  void anUnknownPathIsReportedOnceAtItsLine() {
    String f = DIR + "unknown-path.yaml";
    assertEquals(
        List.of(
            f
                + ":3: tenants[nosuch].deployment.ttl: no entry of tenants has id 'nosuch'; known ids are shop",
            f + ":4: tenants[shop].deployment.tll: unknown key 'tll', did you mean 'ttl'?"),
        problems("unknown-path.yaml"));
  }

  @Test
  void exactlyOneDesign() {
    assertEquals(
        List.of(
            DIR
                + "two-designs.yaml:4: points: give only one of vary, points, latinHypercube and compare;"
                + " this file has vary and points"),
        problems("two-designs.yaml"));
    assertEquals(
        List.of(
            DIR
                + "no-design.yaml:1: missing the design: give one of vary (a full grid), points (a list of points),"
                + " latinHypercube (sampled ranges) or compare (deployment designs)",
            DIR + "no-design.yaml:2: replications: must be at least 1, got 0"),
        problems("no-design.yaml"));
  }

  @Test
  void duplicateKeysAreYamlErrors() {
    assertEquals(
        List.of(
            DIR
                + "duplicate-key.yaml:4: invalid YAML: Duplicate field 'tenants[shop].deployment.ttl'"),
        problems("duplicate-key.yaml"));
  }

  @Test
  void syntaxErrorNamesTheLineAndColumnOfTheBadCharacter() {
    assertEquals(
        List.of(
            DIR
                + "tab.yaml:4:1: invalid YAML: found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation)"),
        problems("tab.yaml"));
  }

  @Test
  void precisionCapCannotBeBelowTheReplications() {
    assertEquals(
        List.of(
            DIR
                + "precision-cap.yaml:5: precision.maxReplications: must be at least the replications"
                + " per point (20), got 10"),
        problems("precision-cap.yaml"));
  }

  @Test
  void missingSweepFile() {
    assertEquals(List.of(DIR + "nosuch.yaml: cannot read: no such file"), problems("nosuch.yaml"));
  }
}
