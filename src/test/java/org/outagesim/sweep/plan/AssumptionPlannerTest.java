package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.sweep.AssumptionPlan;
import org.outagesim.sweep.SweepPoint;

/** The points of the three studies of a scenario's uncertain values. */
class AssumptionPlannerTest {

  private static final String SCENARIO =
      """
      name: shop
      start: 2018-11-22T08:00:00+09:00
      duration: 1h
      seed: 5
      regions: [ { id: r1 } ]
      faults:
        - { type: region-resolver-failure, region: r1, at: 10m, duration: 20m, errorRate: 1.0 }
      tenants:
        - id: shop
          traffic: { sessionsPerSecond: 2 }
          user: { retries: 1, returnProbability: 0.2 }
          deployment: { strategy: single-region, primary: r1 }
      uncertain:
        faults[0].duration: { uniform: [10m, 30m] }
        tenants[*].user.returnProbability: { uniform: [0, 1] }
        tenants[*].user.retries: { choice: [0, 1, 2] }
      """;

  @TempDir Path tmp;

  private Path file() throws Exception {
    Path f = tmp.resolve("s.yaml");
    Files.writeString(f, SCENARIO);
    return f;
  }

  @Test
  void uncertaintySamplesHitEachStratumOfEveryValueOnce() throws Exception {
    int n = 12;
    AssumptionPlan plan = AssumptionPlanner.uncertainty(file(), List.of(), n, 3, List.of());
    List<SweepPoint> points = plan.sweep().points();
    assertEquals(n + 1, points.size(), "the base case and the samples");
    assertTrue(points.get(0).overrides().isEmpty(), "point 0 is the scenario as it is");
    Set<Integer> durationStrata = new HashSet<>();
    Set<Integer> returnStrata = new HashSet<>();
    for (SweepPoint p : points.subList(1, points.size())) {
      String d = p.values().get("faults[0].duration");
      double seconds = Double.parseDouble(d.substring(0, d.length() - 1));
      durationStrata.add((int) Math.floor((seconds - 600) / 1200 * n));
      double u = Double.parseDouble(p.values().get("tenants[*].user.returnProbability"));
      returnStrata.add((int) Math.floor(u * n));
      assertTrue(p.overrides().contains("faults[0].duration=" + d), p.overrides().toString());
    }
    assertEquals(n, durationStrata.size(), "one sample in each twelfth of [10m, 30m]");
    assertEquals(n, returnStrata.size());
    assertEquals(3, plan.sweep().replications());
    AssumptionPlan again = AssumptionPlanner.uncertainty(file(), List.of(), n, 3, List.of());
    assertEquals(points, again.sweep().points(), "the same seed, the same samples");
  }

  @Test
  void oneAtATimePutsEachValueAtItsFifthAndNinetyFifthPercentile() throws Exception {
    AssumptionPlan plan = AssumptionPlanner.oneAtATime(file(), List.of(), null, List.of());
    List<SweepPoint> p = plan.sweep().points();
    assertEquals(7, p.size());
    assertEquals(List.of("faults[0].duration=660s"), p.get(1).overrides());
    assertEquals(List.of("faults[0].duration=1740s"), p.get(2).overrides());
    assertEquals(List.of("tenants[*].user.returnProbability=0.05"), p.get(3).overrides());
    assertEquals(List.of("tenants[*].user.retries=0"), p.get(5).overrides());
    assertEquals(List.of("tenants[*].user.retries=2"), p.get(6).overrides());
    assertEquals(10, plan.sweep().replications(), "the scenario's default");
  }

  @Test
  void morrisPointsFollowTheTrajectories() throws Exception {
    AssumptionPlan plan = AssumptionPlanner.morris(file(), List.of(), 3, 4, 2, List.of());
    assertEquals(3 * 4, plan.sweep().points().size(), "r (k + 1) points");
    assertEquals(3, plan.moved().size());
    for (int t = 0; t < 3; t++) {
      for (int s = 1; s <= 3; s++) {
        SweepPoint before = plan.sweep().points().get(t * 4 + s - 1);
        SweepPoint after = plan.sweep().points().get(t * 4 + s);
        String moved = plan.paths().get(plan.moved().get(t).get(s - 1));
        for (String path : plan.paths()) {
          boolean same = before.values().get(path).equals(after.values().get(path));
          assertEquals(!path.equals(moved), same, "step " + s + " of trajectory " + t);
        }
      }
    }
  }

  @Test
  void badOptionsAreReportedTogether() throws Exception {
    ScenarioException e =
        assertThrows(
            ScenarioException.class,
            () ->
                AssumptionPlanner.morris(file(), List.of(), 1, 3, 0, List.of("transactions_lst")));
    String all = e.problems().toString();
    assertTrue(all.contains("--trajectories"), all);
    assertTrue(all.contains("--levels"), all);
    assertTrue(all.contains("--replications"), all);
    assertTrue(all.contains("transactions_lost"), "did you mean: " + all);
  }
}
