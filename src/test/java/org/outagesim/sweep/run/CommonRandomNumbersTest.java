package org.outagesim.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

/**
 * Replication r of every point draws the same random numbers, so the paired difference between two
 * close points is much more precise than comparing two independent samples.
 */
class CommonRandomNumbersTest {

  /**
   * Conversion 0.034 versus 0.037 for both shops, 20 replications. Both points see the same
   * sessions, and a session converts when its uniform draw is below the conversion, so the paired
   * difference of intended transactions counts only the sessions drawing in [0.034, 0.037): about
   * 0.003 × 12,000 sessions ≈ 36 per replication, variance ≈ 36 (binomial). Unpaired, each point's
   * count varies with its ≈ 420 conversions (observed sd ≈ 12), so the expected ratio of
   * half-widths is about √(36 / (2 × 150)) ≈ 0.35 (0.37 in this run). Requiring below 0.5 leaves a
   * margin while still failing if the points did not share their random numbers (ratio ≈ 1).
   */
  @Test
  void pairedHalfWidthIsLessThanHalfTheUnpairedOneForCloseConversionRates(@TempDir Path dir)
      throws Exception {
    String path = "tenants[*].session.conversion";
    SweepPlan plan =
        new SweepPlan(
            Sweeps.TWO_SHOPS,
            List.of(),
            "points",
            List.of(path),
            List.of(
                new SweepPoint(0, Map.of(path, "0.034")), new SweepPoint(1, Map.of(path, "0.037"))),
            20,
            List.of(Metric.TRANSACTIONS_INTENDED),
            0,
            null);
    new SweepRunner(2, SweepListener.NONE).run(plan, dir, false, Sweeps.INFO);

    List<String> lines = Files.readAllLines(dir.resolve("sweep-differences.csv"));
    assertEquals(
        "point,tenants[*].session.conversion,tenant,metric,baseline_point,n,difference_mean,"
            + "difference_ci95_half_width,unpaired_ci95_half_width",
        lines.get(0));
    String[] all =
        lines.stream()
            .filter(l -> l.startsWith("1,0.037,all,"))
            .findFirst()
            .orElseThrow()
            .split(",", -1);
    double mean = Double.parseDouble(all[6]);
    double paired = Double.parseDouble(all[7]);
    double unpaired = Double.parseDouble(all[8]);
    assertEquals("20", all[5]);
    assertTrue(
        mean - paired > 0,
        "more conversions at 0.037 must be significant: " + mean + " ± " + paired);
    assertTrue(paired < 0.5 * unpaired, "paired " + paired + " vs unpaired " + unpaired);
  }
}
