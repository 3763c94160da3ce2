package org.outagesim.sweep.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.outagesim.experiment.Engines;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ReplicationEngine;
import org.outagesim.experiment.SimulationFailedException;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.AtomicFiles;
import org.outagesim.report.OutputFolderException;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

/**
 * Runs a {@link SweepPlan} into an output folder. In order:
 *
 * <ol>
 *   <li>the plan is checked and every point's scenario loaded (base overrides, then the point's);
 *   <li>the folder is created if missing; an existing {@code sweep.csv} is either continued ({@code
 *       resume}: its complete points are kept, see {@link ExistingRows}) or refused;
 *   <li>the points' replications run on one pool of {@code threads} workers, every point with the
 *       same replication indices (common random numbers), and {@code sweep.csv} grows point by
 *       point in plan order, each point forced to disk (see {@link SweepRounds});
 *   <li>{@code sweep-summary.csv}, {@code sweep-differences.csv} and {@code manifest.json} are
 *       written under temporary names and renamed into place.
 * </ol>
 *
 * <p>Every file except the manifest's execution facts (threads, wall time, Java version, command
 * line) is the same for any thread count, and the same after a resume as without interruption.
 */
public final class SweepRunner {

  private final int threads;
  private final SweepListener listener;
  private final ReplicationEngine.Factory engine;

  /**
   * A runner on the local thread pool.
   *
   * @param threads worker threads, at least 1 (default: {@link Experiment#defaultThreads()})
   * @param listener told of progress
   */
  public SweepRunner(int threads, SweepListener listener) {
    this(threads, listener, Engines.get(Engines.LOCAL));
  }

  /**
   * A runner on {@code engine}; the files are the same on every engine.
   *
   * @param threads worker threads of a local engine, at least 1
   * @param listener told of progress
   * @param engine where the replications run
   */
  public SweepRunner(int threads, SweepListener listener, ReplicationEngine.Factory engine) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.listener = listener;
    this.engine = engine;
  }

  /**
   * Runs {@code plan} into {@code folder}.
   *
   * @param resume continue the sweep whose {@code sweep.csv} is in {@code folder}
   * @throws ScenarioException when a point's scenario is invalid (every problem of every point)
   * @throws OutputFolderException when {@code folder} cannot be used: it is a file, it holds a
   *     {@code sweep.csv} and {@code resume} is off, or its {@code sweep.csv} is another sweep's
   * @throws IOException when a file cannot be read or written
   * @throws SimulationFailedException when a replication fails (a bug)
   * @throws IllegalArgumentException when the plan is inconsistent (a bug of its builder)
   */
  public SweepResult run(SweepPlan plan, Path folder, boolean resume, SweepInfo info)
      throws ScenarioException,
          OutputFolderException,
          IOException,
          SimulationFailedException,
          InterruptedException {
    return run(plan, folder, resume, info, SweepOutputs.NONE);
  }

  /**
   * Runs {@code plan} into {@code folder}, and writes {@code outputs}' files after the summary and
   * before the manifest.
   *
   * @throws ScenarioException when a point's scenario is invalid (every problem of every point)
   * @throws OutputFolderException when {@code folder} cannot be used
   * @throws IOException when a file cannot be read or written
   * @throws SimulationFailedException when a replication fails (a bug)
   */
  public SweepResult run(
      SweepPlan plan, Path folder, boolean resume, SweepInfo info, SweepOutputs outputs)
      throws ScenarioException,
          OutputFolderException,
          IOException,
          SimulationFailedException,
          InterruptedException {
    long started = System.nanoTime();
    check(plan);
    List<ScenarioSpec> scenarios = PointScenarios.load(plan);
    Path csv = prepareFolder(folder, resume);
    SweepCsv layout = new SweepCsv(plan);
    ExistingRows existing =
        resume ? ExistingRows.read(csv, layout) : ExistingRows.none(csv, layout);
    List<PointRows> points;
    SweepRounds rounds;
    try (ReplicationEngine pool = engine.open(threads, listener::replicationFinished, started)) {
      rounds = new SweepRounds(plan, scenarios, layout, existing, csv, pool, listener);
      points = rounds.run();
    }
    double wall = (System.nanoTime() - started) / 1e9;
    SummaryTables tables = new SummaryTables(plan, points);
    AtomicFiles.replace(folder, SummaryTables.SUMMARY, tables.summary());
    AtomicFiles.replace(folder, SummaryTables.DIFFERENCES, tables.differences());
    for (Map.Entry<String, String> f :
        outputs.files(plan, scenarios, new SweepRows(points)).entrySet()) {
      AtomicFiles.replace(folder, f.getKey(), f.getValue());
    }
    AtomicFiles.replace(
        folder,
        SweepManifest.NAME,
        SweepManifest.json(
            plan, points, scenarios.get(0).seed(), info, engine.name(), threads, wall));
    int replications = points.get(0).replicationCount();
    Boolean reached = plan.precision() == null ? null : allMet(plan, points);
    return new SweepResult(folder, replications, reached, rounds.resumedBlocks(), wall);
  }

  private static Boolean allMet(SweepPlan plan, List<PointRows> points) {
    for (PointRows p : points) {
      List<TenantRow> all = p.column(p.tenants().size() - 1);
      if (!PrecisionRule.met(
          PointStatistics.summary(all, plan.precision().metric()), plan.precision().relative())) {
        return false;
      }
    }
    return true;
  }

  private static Path prepareFolder(Path folder, boolean resume)
      throws OutputFolderException, IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new OutputFolderException(
          "--out " + folder + " exists and is not a folder; choose another folder");
    }
    Files.createDirectories(folder);
    Path csv = folder.resolve(SweepCsv.NAME);
    if (!resume && Files.exists(csv) && Files.size(csv) > 0) {
      throw new OutputFolderException(
          "--out "
              + folder
              + " already holds a "
              + SweepCsv.NAME
              + " from another run; use --resume to continue that sweep, or another --out");
    }
    return csv;
  }

  private static void check(SweepPlan plan) {
    if (plan.points().isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one point");
    }
    if (plan.replications() < 1) {
      throw new IllegalArgumentException(
          "replications must be at least 1, got " + plan.replications());
    }
    if (plan.baseline() < 0 || plan.baseline() >= plan.points().size()) {
      throw new IllegalArgumentException(
          "baseline point " + plan.baseline() + " is not a point of the plan");
    }
    if (plan.precision() != null) {
      PrecisionRule.check(plan.precision(), plan.replications());
    }
    for (int i = 0; i < plan.points().size(); i++) {
      SweepPoint p = plan.points().get(i);
      if (p.index() != i) {
        throw new IllegalArgumentException("point " + i + " has index " + p.index());
      }
      if (!List.copyOf(p.values().keySet()).equals(plan.parameters())) {
        throw new IllegalArgumentException(
            "point " + i + " sets " + p.values().keySet() + ", expected " + plan.parameters());
      }
      for (Map.Entry<String, String> e : p.values().entrySet()) {
        if (e.getValue().contains("\n") || e.getValue().contains("\r")) {
          throw new IllegalArgumentException(
              "point " + i + ": the value of " + e.getKey() + " has a line break");
        }
      }
    }
  }
}
