package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.experiment.SpeedCalibration;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.ScenarioLoader;

/**
 * The estimate before a run, with a given machine speed (so nothing here depends on timing), and
 * {@code run --dry-run} end to end.
 */
class RunEstimateTest {
  /** 10 events per request at 1 million events per second on one thread. */
  private static final SpeedCalibration SPEED = new SpeedCalibration(10, 1e6);

  private static final String HUGE =
      """
      name: huge
      start: 2018-11-22T00:00:00+09:00
      duration: 2d
      replications: 100
      regions: [ { id: ap-northeast-2 } ]
      tenants:
        - { id: a, count: 3, traffic: { sessionsPerSecond: 5000 }, session: { pages: 5 },
            deployment: { primary: ap-northeast-2 } }
      """;

  @TempDir Path tmp;

  @Test
  void aHugeRunIsEstimatedInDaysAndWarnedAbout() throws Exception {
    ScenarioSpec s = ScenarioLoader.load(Cli.write(tmp, "huge.yaml", HUGE), List.of());
    RunEstimate e = RunEstimate.of(s, 2, SPEED);
    double requests = 3 * 5000.0 * 5 * 2 * 86400;
    assertEquals(requests, e.requests(), 1e-3 * requests);
    // 100 replications, two at a time: 50 rounds of 10 × requests events at 1e6 events/s.
    assertEquals(50 * 10 * requests / 1e6, e.wallSeconds(), 1e-3 * e.wallSeconds());
    assertTrue(e.isLong());
    assertTrue(
        e.warning().startsWith("warning: this run is estimated to take about "), e.warning());
    assertTrue(e.text().contains("days on this machine with 2 threads"), e.text());
  }

  @Test
  void theMinimalScenarioIsNotWarnedAbout() throws Exception {
    ScenarioSpec s = ScenarioLoader.load(Path.of("scenarios/minimal.yaml"), List.of());
    assertFalse(RunEstimate.of(s, 2, SPEED).isLong(), RunEstimate.of(s, 2, SPEED).text());
  }

  @Test
  void dryRunPrintsTheEstimateAndWritesNothing() throws Exception {
    Path out = tmp.resolve("out");
    Cli.Outcome o =
        Cli.run(
            "run",
            Cli.write(tmp, "small.yaml", Cli.SMALL).toString(),
            "--dry-run",
            "--out",
            out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertTrue(o.out().startsWith("estimate: per replication "), o.out());
    assertTrue(o.out().contains("in total (2 replications)"), o.out());
    assertFalse(Files.exists(out), "a dry run writes no folder");
    assertEquals("", o.err());
  }

  @Test
  void validatePrintsTheEstimateToo() throws Exception {
    Cli.Outcome o = Cli.run("validate", Cli.write(tmp, "small.yaml", Cli.SMALL).toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertTrue(o.out().contains("\nestimate: per replication "), o.out());
    assertTrue(o.out().contains("peak memory about"), o.out());
  }
}
