package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagesim.scenario.Problem;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

class CommandLinePlanTest {
  private static final Path SCENARIO = Path.of("src/test/resources/sweeps/scenario.yaml");
  private static final String NO_COMMAS =
      "values are separated by commas, so a value that contains a comma"
          + " (a list or a mapping) cannot be given with --vary; use a sweep file";

  private static SweepPlan plan(
      List<String> varies, Integer replications, List<String> metrics, Integer baseline)
      throws ScenarioException {
    return SweepPlanner.fromCommandLine(
        SCENARIO, List.of(), varies, replications, metrics, baseline);
  }

  private static List<String> problems(
      List<String> varies, Integer replications, List<String> metrics, Integer baseline) {
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> plan(varies, replications, metrics, baseline));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void variesMakeAGridInOptionOrder() throws ScenarioException {
    SweepPlan plan =
        plan(
            List.of("tenants[shop].deployment.ttl=10s, 60s", "tenants[*].client.retries=0,1,2"),
            3,
            List.of("transactions_lost,downtime_minutes", "revenue_lost"),
            4);
    assertEquals(
        List.of("tenants[shop].deployment.ttl", "tenants[*].client.retries"), plan.parameters());
    assertEquals(6, plan.points().size());
    assertEquals(
        Map.of("tenants[shop].deployment.ttl", "60s", "tenants[*].client.retries", "1"),
        plan.points().get(4).values());
    assertEquals(
        List.of(
            "tenants[*].client.retries=0",
            "tenants[*].client.retries=1",
            "tenants[*].client.retries=2"),
        plan.points().subList(0, 3).stream().map(p -> p.overrides().get(1)).toList());
    assertEquals(3, plan.replications());
    assertEquals(
        List.of(Metric.TRANSACTIONS_LOST, Metric.DOWNTIME_MINUTES, Metric.REVENUE_LOST),
        plan.metrics());
    assertEquals(4, plan.baseline());
    assertEquals(SCENARIO, plan.scenarioFile());
  }

  @Test
  void defaultsAreTheScenariosReplicationsTwoMetricsAndTheFirstPoint() throws ScenarioException {
    SweepPlan plan = plan(List.of("seed=1,2"), null, null, null);
    assertEquals(List.of(0, 1), plan.points().stream().map(SweepPoint::index).toList());
    assertEquals(4, plan.replications());
    assertEquals(List.of(Metric.TRANSACTIONS_LOST, Metric.REVENUE_LOST), plan.metrics());
    assertEquals(0, plan.baseline());
  }

  @Test
  void malformedVariesSayWhyAndThatCommasSeparateValues() {
    assertEquals(
        List.of(
            "--vary: tenants[shop].deployment.ttl=: empty value list: give values after '=', like"
                + " tenants[shop].deployment.ttl=10s,60s,300s; "
                + NO_COMMAS,
            "--vary: faults[0].errorRate=[[0m, 0.5]],1: a value looks like a list or a mapping; "
                + NO_COMMAS,
            "--vary: faults[0].errorRate=0.5,,1: empty value in the list; " + NO_COMMAS,
            "--vary: ttl: expected PATH=v1,v2,..., like tenants[shop].deployment.ttl=10s,60s,300s"),
        problems(
            List.of(
                "tenants[shop].deployment.ttl=",
                "faults[0].errorRate=[[0m, 0.5]],1",
                "faults[0].errorRate=0.5,,1",
                "ttl"),
            null,
            null,
            null));
  }

  @Test
  void anUnknownPathIsReportedOnceNamingThePath() {
    assertEquals(
        List.of(
            "--vary: tenants[nosuch].ttl: no entry of tenants has id 'nosuch'; known ids are shop"),
        problems(List.of("tenants[nosuch].ttl=1s,2s", "seed=1,2,3"), null, null, null));
  }

  @Test
  void invalidValuesAreReportedPerPoint() {
    assertEquals(
        List.of(
            "--vary: point 1 (tenants[shop].deployment.ttl=-5s): tenants[0].deployment.ttl: must not be"
                + " negative, got -5s"),
        problems(List.of("tenants[shop].deployment.ttl=5s,-5s"), null, null, null));
  }

  @Test
  void optionsAreCheckedAllAtOnce() {
    assertEquals(
        List.of(
            "--vary: seed=1,2,3: seed is varied twice; give all its values in one --vary",
            "--replications: must be at least 1, got 0",
            "--metric: unknown metric 'lost'; known metrics are sessions, requests, requests_failed, failed_request_share, failed_public_dns,"
                + " failed_internal_dns, failed_unreachable, failed_overload, retries, transactions_intended,"
                + " transactions_completed, transactions_deferred, transactions_lost, transactions_pending, revenue_lost,"
                + " orders_at_risk, downtime_minutes, degraded_minutes, time_to_detect_s, time_to_failover_s, time_to_recover_s,"
                + " latency_mean_ms, latency_p50_ms, latency_p99_ms"),
        problems(List.of("seed=1,2", "seed=1,2,3"), 0, List.of("lost"), null));
    assertEquals(
        List.of("--baseline: point 2 does not exist; the sweep has 2 points, numbered 0 to 1"),
        problems(List.of("seed=1,2"), null, null, 2));
    assertEquals(
        List.of(
            "--vary: nothing to vary: give --vary PATH=v1,v2,... at least once, like"
                + " --vary tenants[shop].deployment.ttl=10s,60s,300s"),
        problems(List.of(), null, null, null));
  }

  @Test
  void missingScenarioFileIsReported() {
    ScenarioException e =
        assertThrows(
            ScenarioException.class,
            () ->
                SweepPlanner.fromCommandLine(
                    Path.of("nosuch.yaml"), List.of(), List.of("seed=1,2"), null, null, null));
    assertEquals(
        List.of("nosuch.yaml: cannot read: no such file"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
