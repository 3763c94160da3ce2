package org.outagesim.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.ScenarioLoader;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.Summary;
import org.outagesim.sweep.SweepPlan;

/**
 * Rounds are added until the half-width target holds at every point, and no further. The target is
 * set from a first fixed run: 0.6 × the relative half-width seen with 4 replications needs about (1
 * / 0.6)² ≈ 2.8 times as many replications, so more than one round and, with a maximum of 40, well
 * within reach.
 */
class PrecisionStoppingTest {

  private static final Metric METRIC = Metric.REQUESTS_FAILED;
  private static final String PATH = "tenants[shop].client.retries";

  @Test
  void sweepAddsRoundsUntilTheTargetHoldsAtEveryPointAndThenStops(@TempDir Path dir)
      throws Exception {
    SweepPlan fixed = Sweeps.plan(PATH, List.of("1", "2"), 4, null);
    new SweepRunner(2, SweepListener.NONE).run(fixed, dir.resolve("fixed"), false, Sweeps.INFO);
    double relative = 0.6 * worstRelativeHalfWidth(dir.resolve("fixed/sweep.csv"), 4);

    SweepPlan plan =
        Sweeps.plan(PATH, List.of("1", "2"), 4, new SweepPlan.Precision(METRIC, relative, 40));
    SweepResult result =
        new SweepRunner(2, SweepListener.NONE)
            .run(plan, dir.resolve("precise"), false, Sweeps.INFO);

    int n = result.replications();
    Path csv = dir.resolve("precise/sweep.csv");
    assertTrue(n > 4 && n < 40 && n % 4 == 0, "replications " + n);
    assertTrue(worstRelativeHalfWidth(csv, n) <= relative, "the target holds with " + n);
    assertTrue(worstRelativeHalfWidth(csv, n - 4) > relative, "and did not hold one round earlier");
    assertEquals(true, result.precisionReached());
    assertEquals(1 + 2 * n * 3, Files.readAllLines(csv).size());
    String manifest = Files.readString(dir.resolve("precise/manifest.json"));
    assertTrue(
        manifest.contains("\"replications_used\" : " + n + ",\n    \"precision_reached\" : true"),
        manifest);
  }

  @Test
  void sweepStopsAtTheMaximumWhenTheTargetIsOutOfReach(@TempDir Path dir) throws Exception {
    SweepPlan plan =
        Sweeps.plan(PATH, List.of("1", "2"), 4, new SweepPlan.Precision(METRIC, 1e-6, 10));
    SweepResult result = new SweepRunner(2, SweepListener.NONE).run(plan, dir, false, Sweeps.INFO);
    assertEquals(10, result.replications());
    assertEquals(false, result.precisionReached());
    List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"));
    assertEquals(1 + 2 * 10 * 3, lines.size());
    // rounds are appended round by round: point 0 and 1 with 0..3, then 4..7, then 8..9 (capped)
    assertTrue(lines.get(1 + 2 * 4 * 3).startsWith("0,1,4,shop,"), lines.get(25));
    assertTrue(lines.get(1 + 2 * 8 * 3).startsWith("0,1,8,shop,"), lines.get(49));
  }

  @Test
  void singleScenarioRunAddsReplicationsUntilTheTargetHolds() throws Exception {
    ScenarioSpec spec = ScenarioLoader.load(Sweeps.TWO_SHOPS, List.of("replications=4"));
    PrecisionStopping.Outcome fixed =
        PrecisionStopping.run(
            spec, new SweepPlan.Precision(METRIC, 1e9, 4), 2, ProgressListener.NONE);
    MetricSummary first = fixed.result().summary().all().get(METRIC);
    double relative = 0.6 * first.halfWidth95() / Math.abs(first.mean());

    PrecisionStopping.Outcome outcome =
        PrecisionStopping.run(
            spec, new SweepPlan.Precision(METRIC, relative, 40), 2, ProgressListener.NONE);

    int n = outcome.result().replications().size();
    MetricSummary s = outcome.result().summary().all().get(METRIC);
    MetricSummary earlier =
        Summary.of(outcome.result().replications().subList(0, n - 4)).all().get(METRIC);
    assertTrue(outcome.reached());
    assertEquals(n, outcome.result().scenario().replications());
    assertTrue(s.halfWidth95() <= relative * Math.abs(s.mean()));
    assertFalse(earlier.halfWidth95() <= relative * Math.abs(earlier.mean()));
  }

  /**
   * The largest all-tenants half-width / |mean| of the metric over the points, from the first n
   * replications.
   */
  private static double worstRelativeHalfWidth(Path csv, int n) throws Exception {
    List<String> header = List.of(Files.readAllLines(csv).get(0).split(",", -1));
    int column = header.indexOf(METRIC.column());
    List<SummaryStatistics> perPoint = new ArrayList<>();
    for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
      String[] cells = line.split(",", -1);
      int point = Integer.parseInt(cells[0]);
      if (cells[3].equals("all") && Integer.parseInt(cells[2]) < n) {
        while (perPoint.size() <= point) {
          perPoint.add(new SummaryStatistics());
        }
        perPoint.get(point).addValue(Double.parseDouble(cells[column]));
      }
    }
    double worst = 0;
    for (SummaryStatistics s : perPoint) {
      assertEquals(n, s.getN());
      MetricSummary m = Summary.of(s);
      worst = Math.max(worst, m.halfWidth95() / Math.abs(m.mean()));
    }
    return worst;
  }
}
