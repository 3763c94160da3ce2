package org.outagesim.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.report.OutputFolderException;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.SweepPlan;

/** A killed sweep, resumed, gives the same files as one that was never interrupted. */
class ResumeTest {

  /** Thrown by the listener to stop a sweep as a kill would. */
  static final class Killed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("killed");
    }
  }

  /** Stops the sweep once {@code point} has been written in the round starting at {@code from}. */
  static SweepListener killAfter(int point, int from) {
    return new SweepListener() {
      @Override
      public void pointWritten(int p, int f, int to, boolean resumed) {
        if (p == point && f == from) {
          throw new Killed();
        }
      }
    };
  }

  @Test
  void resumeAfterAKillMidWriteGivesTheSameFilesAsAnUninterruptedSweep(@TempDir Path dir)
      throws Exception {
    SweepPlan plan = Sweeps.fourRetryPoints(3);
    Path whole = dir.resolve("whole");
    Path killed = dir.resolve("killed");
    new SweepRunner(2, SweepListener.NONE).run(plan, whole, false, Sweeps.INFO);

    assertThrows(
        Killed.class,
        () -> new SweepRunner(2, killAfter(1, 0)).run(plan, killed, false, Sweeps.INFO));
    assertEquals(List.of("sweep.csv"), List.copyOf(Sweeps.files(killed).keySet()));
    assertEquals(1 + 2 * 3 * 3, Files.readAllLines(killed.resolve("sweep.csv")).size());
    // a kill -9 in the middle of point 2's write: complete lines of it, then half a line
    List<String> wholeLines = Files.readAllLines(whole.resolve("sweep.csv"));
    String partial =
        String.join("\n", wholeLines.subList(19, 22)) + "\n" + wholeLines.get(22).substring(0, 17);
    Files.writeString(killed.resolve("sweep.csv"), partial, StandardOpenOption.APPEND);

    SweepResult resumed =
        new SweepRunner(1, SweepListener.NONE).run(plan, killed, true, Sweeps.INFO);

    assertEquals(2, resumed.resumedBlocks());
    assertEquals(Sweeps.comparable(whole), Sweeps.comparable(killed));
  }

  @Test
  void resumeInTheSecondPrecisionRoundGivesTheSameFiles(@TempDir Path dir) throws Exception {
    SweepPlan plan =
        Sweeps.plan(
            "tenants[shop].client.retries",
            List.of("1", "2"),
            3,
            new SweepPlan.Precision(Metric.REQUESTS_FAILED, 0.01, 9));
    Path whole = dir.resolve("whole");
    Path killed = dir.resolve("killed");
    new SweepRunner(2, SweepListener.NONE).run(plan, whole, false, Sweeps.INFO);
    assertTrue(
        Files.readString(whole.resolve("manifest.json")).contains("\"replications_used\" : 9"));

    assertThrows(
        Killed.class,
        () -> new SweepRunner(2, killAfter(0, 3)).run(plan, killed, false, Sweeps.INFO));
    Files.writeString(killed.resolve("sweep.csv"), "1,2,3,sh", StandardOpenOption.APPEND);
    new SweepRunner(2, SweepListener.NONE).run(plan, killed, true, Sweeps.INFO);

    assertEquals(Sweeps.comparable(whole), Sweeps.comparable(killed));
  }

  @Test
  void resumingAFinishedSweepRewritesTheSameFiles(@TempDir Path dir) throws Exception {
    SweepPlan plan = Sweeps.fourRetryPoints(2);
    new SweepRunner(2, SweepListener.NONE).run(plan, dir, false, Sweeps.INFO);
    Map<String, String> before = Sweeps.comparable(dir);
    SweepResult again = new SweepRunner(2, SweepListener.NONE).run(plan, dir, true, Sweeps.INFO);
    assertEquals(4, again.resumedBlocks());
    assertEquals(before, Sweeps.comparable(dir));
  }

  @Test
  void resumeRefusesTheSweepCsvOfADifferentSweep(@TempDir Path dir) throws Exception {
    new SweepRunner(2, SweepListener.NONE).run(Sweeps.fourRetryPoints(2), dir, false, Sweeps.INFO);
    SweepPlan otherParameter =
        Sweeps.plan("tenants[shop].deployment.ttl", List.of("10s", "60s"), 2, null);
    OutputFolderException header =
        assertThrows(
            OutputFolderException.class,
            () ->
                new SweepRunner(1, SweepListener.NONE).run(otherParameter, dir, true, Sweeps.INFO));
    assertTrue(
        header.getMessage().contains("was written by a different sweep"), header.getMessage());

    OutputFolderException rows =
        assertThrows(
            OutputFolderException.class,
            () ->
                new SweepRunner(1, SweepListener.NONE)
                    .run(Sweeps.fourRetryPoints(3), dir, true, Sweeps.INFO));
    assertTrue(
        rows.getMessage()
            .contains(
                "line 8 should hold point 0 {tenants[shop].client.retries=0}, "
                    + "replication 2, tenant shop"),
        rows.getMessage());
  }
}
