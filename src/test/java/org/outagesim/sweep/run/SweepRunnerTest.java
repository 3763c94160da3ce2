package org.outagesim.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.report.OutputFolderException;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.SweepPlan;

class SweepRunnerTest {

  @Test
  void sweepCsvHasOneRowPerPointReplicationAndTenantPlusAllTenants(@TempDir Path dir)
      throws Exception {
    SweepPlan plan =
        Sweeps.plan("tenants[shop].deployment.ttl", List.of("60s", "10s", "300s"), 3, null);
    SweepResult result = new SweepRunner(2, SweepListener.NONE).run(plan, dir, false, Sweeps.INFO);

    List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"));
    StringBuilder header =
        new StringBuilder(
            "point,tenants[shop].deployment.ttl,tenants[shop].deployment.ttl_s,replication,tenant,sector,strategy");
    for (Metric m : Metric.values()) {
      header.append(',').append(m.column());
    }
    assertEquals(header.toString(), lines.get(0));
    assertEquals(3 * 3 * (2 + 1), lines.size() - 1);
    assertTrue(lines.get(1).startsWith("0,60s,60,0,shop,ecommerce,single-region,"), lines.get(1));
    assertTrue(lines.get(3).startsWith("0,60s,60,0,all,,,"), lines.get(3));
    assertTrue(lines.get(lines.size() - 1).startsWith("2,300s,300,2,all,,,"));
    assertEquals(3, result.replications());
    assertEquals(1 + 3 * 3, Files.readAllLines(dir.resolve("sweep-summary.csv")).size());
    assertEquals(1 + 3 * 3 * 2, Files.readAllLines(dir.resolve("sweep-differences.csv")).size());
    assertEquals(
        "point,tenants[shop].deployment.ttl,tenants[shop].deployment.ttl_s,tenant,sector,strategy,n,transactions_lost_mean,"
            + "transactions_lost_ci95_half_width,revenue_lost_mean,revenue_lost_ci95_half_width",
        Files.readAllLines(dir.resolve("sweep-summary.csv")).get(0));
  }

  @Test
  void oneThreadWritesTheSameFilesAsTwo(@TempDir Path dir) throws Exception {
    SweepPlan plan = Sweeps.fourRetryPoints(3);
    new SweepRunner(1, SweepListener.NONE).run(plan, dir.resolve("one"), false, Sweeps.INFO);
    new SweepRunner(2, SweepListener.NONE).run(plan, dir.resolve("two"), false, Sweeps.INFO);
    Map<String, String> one = Sweeps.comparable(dir.resolve("one"));
    assertEquals(
        List.of("manifest.json", "sweep-differences.csv", "sweep-summary.csv", "sweep.csv"),
        List.copyOf(one.keySet()));
    assertEquals(one, Sweeps.comparable(dir.resolve("two")));
  }

  @Test
  void aFolderWithASweepCsvIsRefusedWithoutResume(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("sweep.csv"), "point\n");
    OutputFolderException e =
        assertThrows(
            OutputFolderException.class,
            () ->
                new SweepRunner(1, SweepListener.NONE)
                    .run(Sweeps.fourRetryPoints(2), dir, false, Sweeps.INFO));
    assertTrue(
        e.getMessage().contains("use --resume to continue that sweep, or another --out"),
        e.getMessage());
  }
}
