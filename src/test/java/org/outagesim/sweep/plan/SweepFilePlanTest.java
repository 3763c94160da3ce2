package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

class SweepFilePlanTest {
  static final Path SWEEPS = Path.of("src/test/resources/sweeps");
  private static final String TTL = "tenants[shop].deployment.ttl";
  private static final String INTERVAL = "tenants[shop].deployment.healthCheck.interval";
  private static final String RETRIES = "tenants[*].client.retries";

  @Test
  void gridHasEveryCombinationWithTheLastKeyVaryingFastest() throws ScenarioException {
    SweepPlan plan = SweepPlanner.fromFile(SWEEPS.resolve("grid.yaml"), List.of());
    assertEquals("grid", plan.design());
    assertEquals(List.of(TTL, INTERVAL), plan.parameters());
    assertEquals(
        List.of(
            Map.of(TTL, "10s", INTERVAL, "10s"),
            Map.of(TTL, "10s", INTERVAL, "30s"),
            Map.of(TTL, "60s", INTERVAL, "10s"),
            Map.of(TTL, "60s", INTERVAL, "30s"),
            Map.of(TTL, "300s", INTERVAL, "10s"),
            Map.of(TTL, "300s", INTERVAL, "30s")),
        plan.points().stream().map(SweepPoint::values).toList());
    assertEquals(List.of(0, 1, 2, 3, 4, 5), plan.points().stream().map(SweepPoint::index).toList());
    assertEquals(List.of(TTL + "=300s", INTERVAL + "=10s"), plan.points().get(4).overrides());
  }

  @Test
  void gridReadsReplicationsMetricsAndABaselineNamedByItsValues() throws ScenarioException {
    SweepPlan plan = SweepPlanner.fromFile(SWEEPS.resolve("grid.yaml"), List.of("seed=3"));
    assertEquals(10, plan.replications());
    assertEquals(
        List.of(Metric.TRANSACTIONS_LOST, Metric.REVENUE_LOST, Metric.TIME_TO_FAILOVER_S),
        plan.metrics());
    assertEquals(3, plan.baseline(), "ttl 60s, interval 30s is the fourth point");
    assertEquals(List.of("seed=3"), plan.baseOverrides());
    assertNull(plan.precision());
  }

  @Test
  void scenarioIsResolvedRelativeToTheSweepFile() throws ScenarioException {
    SweepPlan plan = SweepPlanner.fromFile(SWEEPS.resolve("nested/points.yaml"), List.of());
    assertEquals(SWEEPS.resolve("scenario.yaml"), plan.scenarioFile());
  }

  @Test
  void explicitPointsKeepTheirOrderAndTheFirstPointsKeyOrder() throws ScenarioException {
    SweepPlan plan = SweepPlanner.fromFile(SWEEPS.resolve("nested/points.yaml"), List.of());
    assertEquals("points", plan.design());
    assertEquals(List.of(TTL, RETRIES), plan.parameters());
    assertEquals(
        List.of(
            List.of(TTL + "=60s", RETRIES + "=2"),
            List.of(TTL + "=10s", RETRIES + "=0"),
            List.of(TTL + "=300s", RETRIES + "=5")),
        plan.points().stream().map(SweepPoint::overrides).toList());
    assertEquals(1, plan.baseline());
    assertEquals(4, plan.replications(), "the scenario's replications when the sweep names none");
    assertEquals(MetricNames.DEFAULT, plan.metrics());
    assertEquals(new SweepPlan.Precision(Metric.REVENUE_LOST, 0.05, 40), plan.precision());
  }

  @Test
  void valuesReachTheScenarioAsWritten(@TempDir Path dir) throws Exception {
    Path sweep = dir.resolve("values.yaml");
    Files.writeString(
        sweep,
        "scenario: "
            + SWEEPS.resolve("scenario.yaml").toAbsolutePath()
            + "\n"
            + "vary:\n  faults[0].errorRate: [0.30, [[0m, 0.5], [10m, 1.0]], null]\n");
    SweepPlan plan = SweepPlanner.fromFile(sweep, List.of());
    assertEquals(
        List.of(
            "faults[0].errorRate=0.30",
            "faults[0].errorRate=[[\"0m\",0.5],[\"10m\",1.0]]",
            "faults[0].errorRate="),
        plan.points().stream().map(p -> p.overrides().get(0)).toList());
  }

  @Test
  void replicationsDefaultToTheScenariosAfterTheBaseOverrides() throws ScenarioException {
    SweepPlan plan =
        SweepPlanner.fromFile(SWEEPS.resolve("nested/points.yaml"), List.of("replications=7"));
    assertEquals(7, plan.replications());
  }
}
