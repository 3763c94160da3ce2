package org.outagesim.sweep.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import org.outagesim.experiment.ReplicationEngine;
import org.outagesim.experiment.ReplicationPool;
import org.outagesim.experiment.SimulationFailedException;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.OutputFolderException;
import org.outagesim.sweep.SweepPlan;

/**
 * Runs a sweep's rounds. A round gives every point the same replication indices {@code from .. to -
 * 1}; the first round is the plan's replication count, and with precision-based stopping further
 * rounds follow while any point misses the target. In a round:
 *
 * <ol>
 *   <li>each point's block is taken from the earlier run's rows when they are all there (resume);
 *   <li>every other replication of every point is started at once on the shared pool;
 *   <li>blocks are appended to {@code sweep.csv} in point order as soon as the block and all blocks
 *       before it are complete, so the file is the same whatever finishes first.
 * </ol>
 */
final class SweepRounds {

  private final SweepPlan plan;
  private final List<ScenarioSpec> scenarios;
  private final List<PointRows> points = new ArrayList<>();
  private final SweepCsv layout;
  private final ExistingRows existing;
  private final Path csv;
  private final ReplicationEngine pool;
  private final SweepListener listener;
  private SweepFile file;
  private int resumedBlocks;

  SweepRounds(
      SweepPlan plan,
      List<ScenarioSpec> scenarios,
      SweepCsv layout,
      ExistingRows existing,
      Path csv,
      ReplicationEngine pool,
      SweepListener listener) {
    this.plan = plan;
    this.scenarios = scenarios;
    this.layout = layout;
    this.existing = existing;
    this.csv = csv;
    this.pool = pool;
    this.listener = listener;
    for (int i = 0; i < scenarios.size(); i++) {
      points.add(new PointRows(plan.points().get(i), scenarios.get(i)));
    }
  }

  /** Runs every round and returns each point's rows. */
  List<PointRows> run()
      throws IOException, OutputFolderException, SimulationFailedException, InterruptedException {
    try {
      int count = 0;
      int target = plan.replications();
      while (true) {
        runRound(count, target);
        count = target;
        if (!needsAnotherRound(count)) {
          break;
        }
        target = PrecisionRule.nextCount(count, plan.replications(), plan.precision());
      }
      existing.checkNothingLeft();
      if (file == null && existing.fileSize() != existing.keptBytes()) {
        file();
      }
    } finally {
      if (file != null) {
        file.close();
      }
    }
    return points;
  }

  int resumedBlocks() {
    return resumedBlocks;
  }

  private boolean needsAnotherRound(int count) {
    SweepPlan.Precision p = plan.precision();
    if (p == null || count >= p.maxReplications()) {
      return false;
    }
    for (PointRows rows : points) {
      List<TenantRow> all = rows.column(rows.tenants().size() - 1);
      if (!PrecisionRule.met(PointStatistics.summary(all, p.metric()), p.relative())) {
        return true;
      }
    }
    return false;
  }

  private void runRound(int from, int to)
      throws IOException, OutputFolderException, SimulationFailedException, InterruptedException {
    List<Optional<List<ReplicationRows>>> earlier = new ArrayList<>();
    for (PointRows rows : points) {
      earlier.add(existing.take(rows.point(), from, to, rows.tenants()));
    }
    List<List<Future<ReplicationRows>>> running = new ArrayList<>();
    for (int p = 0; p < points.size(); p++) {
      List<Future<ReplicationRows>> futures = new ArrayList<>();
      if (earlier.get(p).isEmpty()) {
        for (int r = from; r < to; r++) {
          futures.add(
              pool.submit(
                  scenarios.get(p),
                  r,
                  (ReplicationEngine.Keep<ReplicationRows>) ReplicationRows::of));
        }
      }
      running.add(futures);
    }
    for (int p = 0; p < points.size(); p++) {
      PointRows rows = points.get(p);
      boolean resumed = earlier.get(p).isPresent();
      List<ReplicationRows> block = resumed ? earlier.get(p).get() : await(running.get(p), from);
      if (resumed) {
        resumedBlocks++;
      } else {
        file().append(layout.lines(rows.point(), block));
      }
      rows.add(block);
      listener.pointWritten(rows.point().index(), from, to, resumed);
    }
  }

  private static List<ReplicationRows> await(List<Future<ReplicationRows>> futures, int from)
      throws SimulationFailedException, InterruptedException {
    List<ReplicationRows> block = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      block.add(ReplicationPool.await(futures.get(i), from + i));
    }
    return block;
  }

  /** {@code sweep.csv}, opened on first use: cut back to the rows kept from an earlier run. */
  private SweepFile file() throws IOException {
    if (file == null) {
      file = SweepFile.open(csv, existing.keptBytes(), layout.header());
    }
    return file;
  }
}
