package org.outagesim.experiment;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.sim.ReplicationRunner;
import org.outagesim.stats.ReplicationResult;

/**
 * Worker threads that run replications, for a run and for every point of a study alike.
 *
 * <p>Replication {@code r} draws every number from streams seeded by (master seed, r, stream name)
 * only, and callers collect results by index, so results are the same whatever the thread count or
 * the order in which the threads finish.
 */
public final class ReplicationPool implements ReplicationEngine {

  private final ExecutorService pool;
  private final ProgressListener listener;
  private final long startedNanos;
  private final AtomicInteger submitted = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();

  /**
   * @param threads worker threads, at least 1
   * @param listener told after each replication, with the replications submitted so far as total
   * @param startedNanos {@link System#nanoTime()} when the work started, for elapsed times
   */
  public ReplicationPool(int threads, ProgressListener listener, long startedNanos) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    this.listener = listener;
    this.startedNanos = startedNanos;
  }

  /** Starts replication {@code index} of {@code scenario}. */
  public Future<ReplicationResult> submit(ScenarioSpec scenario, int index) {
    return start(scenario, index, Function.identity());
  }

  /**
   * Starts replication {@code index} of {@code scenario} and turns its result into what the caller
   * keeps, on the worker thread (so that a study need not hold whole results).
   */
  private <T> Future<T> start(
      ScenarioSpec scenario, int index, Function<ReplicationResult, T> keep) {
    submitted.incrementAndGet();
    return pool.submit(
        () -> {
          T kept = keep.apply(new ReplicationRunner(scenario).run(index));
          synchronized (listener) {
            listener.replicationFinished(
                done.incrementAndGet(), submitted.get(), (System.nanoTime() - startedNanos) / 1e9);
          }
          return kept;
        });
  }

  @Override
  public <T extends java.io.Serializable> Future<T> submit(
      ScenarioSpec scenario, int index, Keep<T> keep) {
    return start(scenario, index, keep);
  }

  /** Waits for replication {@code index}, started by {@link #submit}. */
  public static <T> T await(Future<T> future, int index)
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
      Thread t = new Thread(r, "replication-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
