package org.outagesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.sim.ReplicationRunner;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.Summary;

/**
 * Runs a scenario's replications on a pool of threads.
 *
 * <p>Replication {@code r} draws every number from streams seeded by (master seed, r, stream
 * name) only, and results are collected by index, so the results are the same whatever the
 * thread count or the order in which the threads finish.
 */
public final class Experiment {

  private final int threads;
  private final ProgressListener listener;

  /**
   * @param threads worker threads, at least 1
   * @param listener told after each replication
   */
  public Experiment(int threads, ProgressListener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.listener = listener;
  }

  /** The default thread count: every available core. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Runs replications {@code 0 .. scenario.replications() - 1} and summarises them. */
  public ExperimentResult run(ScenarioSpec scenario) throws SimulationFailedException, InterruptedException {
    long started = System.nanoTime();
    List<ReplicationResult> results = runReplications(scenario, 0, scenario.replications(), started);
    double wall = (System.nanoTime() - started) / 1e9;
    return new ExperimentResult(scenario, results, Summary.of(results), threads, wall);
  }

  /** Runs replications {@code from .. to - 1}, returned in index order. */
  public List<ReplicationResult> runReplications(ScenarioSpec scenario, int from, int to, long startedNanos)
      throws SimulationFailedException, InterruptedException {
    int total = to - from;
    int poolSize = Math.min(threads, Math.max(1, total));
    ExecutorService pool = Executors.newFixedThreadPool(poolSize, daemonThreads());
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<ReplicationResult>> futures = new ArrayList<>();
      for (int r = from; r < to; r++) {
        int rep = r;
        futures.add(pool.submit(() -> {
          ReplicationResult result = new ReplicationRunner(scenario).run(rep);
          synchronized (listener) {
            listener.replicationFinished(done.incrementAndGet(), total, (System.nanoTime() - startedNanos) / 1e9);
          }
          return result;
        }));
      }
      List<ReplicationResult> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          throw new SimulationFailedException(from + i, e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "replication-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
