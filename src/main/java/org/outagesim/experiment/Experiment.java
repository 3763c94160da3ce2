package org.outagesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.Summary;

/**
 * Runs a scenario's replications on a {@link ReplicationPool}.
 *
 * <p>Replication {@code r} draws every number from streams seeded by (master seed, r, stream name)
 * only, and results are collected by index, so the results are the same whatever the thread count
 * or the order in which the threads finish.
 */
public final class Experiment {

  private final int threads;
  private final ProgressListener listener;
  private final ReplicationEngine.Factory engine;

  /**
   * @param threads worker threads, at least 1
   * @param listener told after each replication
   */
  public Experiment(int threads, ProgressListener listener) {
    this(threads, listener, Engines.get(Engines.LOCAL));
  }

  /**
   * @param threads worker threads of a local engine, at least 1
   * @param listener told after each replication
   * @param engine where the replications run; the results are the same on every engine
   */
  public Experiment(int threads, ProgressListener listener, ReplicationEngine.Factory engine) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.listener = listener;
    this.engine = engine;
  }

  /** The default thread count: every available core. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Runs replications {@code 0 .. scenario.replications() - 1} and summarises them. */
  public ExperimentResult run(ScenarioSpec scenario)
      throws SimulationFailedException, InterruptedException {
    long started = System.nanoTime();
    List<ReplicationResult> results =
        runReplications(scenario, 0, scenario.replications(), started);
    double wall = (System.nanoTime() - started) / 1e9;
    return new ExperimentResult(scenario, results, Summary.of(results), threads, wall);
  }

  /** Runs replications {@code from .. to - 1}, returned in index order. */
  public List<ReplicationResult> runReplications(
      ScenarioSpec scenario, int from, int to, long startedNanos)
      throws SimulationFailedException, InterruptedException {
    int total = to - from;
    ProgressListener ofThese =
        (done, submitted, elapsedS) -> listener.replicationFinished(done, total, elapsedS);
    try (ReplicationEngine pool =
        engine.open(Math.min(threads, Math.max(1, total)), ofThese, startedNanos)) {
      List<Future<ReplicationResult>> futures = new ArrayList<>();
      for (int r = from; r < to; r++) {
        futures.add(pool.submit(scenario, r, (ReplicationEngine.Keep<ReplicationResult>) x -> x));
      }
      List<ReplicationResult> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        results.add(ReplicationPool.await(futures.get(i), from + i));
      }
      return results;
    }
  }
}
