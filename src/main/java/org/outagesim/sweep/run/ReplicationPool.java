package org.outagesim.sweep.run;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.outagesim.experiment.SimulationFailedException;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.sim.ReplicationRunner;

/**
 * One pool of worker threads for all points and replications of a sweep, so a sweep of many
 * small points keeps every core busy. A replication's numbers depend only on (seed, index, stream
 * name), and results are collected by (point, index), so thread count and finishing order do not
 * change any result.
 */
final class ReplicationPool implements AutoCloseable {

  private final ExecutorService pool;
  private final SweepListener listener;
  private final long startedNanos;
  private final AtomicInteger submitted = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();

  ReplicationPool(int threads, SweepListener listener, long startedNanos) {
    this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    this.listener = listener;
    this.startedNanos = startedNanos;
  }

  /** Starts replication {@code index} of {@code scenario}. */
  Future<ReplicationRows> submit(ScenarioSpec scenario, int index) {
    submitted.incrementAndGet();
    return pool.submit(() -> {
      ReplicationRows rows = ReplicationRows.of(new ReplicationRunner(scenario).run(index));
      synchronized (listener) {
        listener.replicationFinished(done.incrementAndGet(), submitted.get(), (System.nanoTime() - startedNanos) / 1e9);
      }
      return rows;
    });
  }

  /** Waits for a replication started by {@link #submit}. */
  static ReplicationRows await(Future<ReplicationRows> future, int index)
      throws SimulationFailedException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new SimulationFailedException(index, e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "sweep-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
