package org.outagesim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.experiment.ReplicationEngine;
import org.outagesim.experiment.ReplicationTask;
import org.outagesim.model.spec.ScenarioSpec;

/**
 * Runs replications as Spark tasks. Submissions are gathered until a caller first waits for one;
 * then the replications of each point (consecutive submissions of the same scenario) go out as one
 * Spark job with one partition per replication, so that the cluster balances them, and all jobs run
 * at once. A point's results reach the driver when its job ends, and the study writes it then: in
 * point order, as with the local engine. A task's random numbers depend only on the scenario's seed
 * and the replication index, never on partitions, executors or retried attempts. A job that fails
 * (Spark has given up retrying its task) fails the futures of its replications with the model's
 * message.
 */
final class SparkEngine implements ReplicationEngine {

  private final JavaSparkContext spark;
  private final ProgressListener listener;
  private final long startedNanos;
  private final List<Pending<?>> pending = new ArrayList<>();
  private final List<JavaFutureAction<?>> jobs = new ArrayList<>();
  private final AtomicInteger submitted = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();

  SparkEngine(JavaSparkContext spark, ProgressListener listener, long startedNanos) {
    this.spark = spark;
    this.listener = listener;
    this.startedNanos = startedNanos;
  }

  /** A submitted replication and its future. */
  private record Pending<T extends Serializable>(
      ReplicationTask<T> task, CompletableFuture<T> result) {}

  @Override
  public synchronized <T extends Serializable> Future<T> submit(
      ScenarioSpec scenario, int index, Keep<T> keep) {
    Pending<T> p =
        new Pending<>(new ReplicationTask<>(scenario, index, keep), new CompletableFuture<>());
    pending.add(p);
    submitted.incrementAndGet();
    return new Flushing<>(p.result());
  }

  /**
   * Sends every gathered submission to the cluster, one job per point: a point is a run of
   * submissions of the same scenario object (two points may have equal scenarios, and stay two).
   */
  @SuppressWarnings("ReferenceEquality")
  private synchronized void flush() {
    int i = 0;
    while (i < pending.size()) {
      int j = i;
      ScenarioSpec scenario = pending.get(i).task().scenario();
      while (j < pending.size() && pending.get(j).task().scenario() == scenario) {
        j++;
      }
      launch(new ArrayList<>(pending.subList(i, j)));
      i = j;
    }
    pending.clear();
  }

  @SuppressWarnings("unchecked")
  private <T extends Serializable> void launch(List<Pending<?>> group) {
    List<ReplicationTask<T>> tasks = new ArrayList<>();
    for (Pending<?> p : group) {
      tasks.add((ReplicationTask<T>) p.task());
    }
    JavaFutureAction<List<T>> job =
        spark.parallelize(tasks, tasks.size()).map(ReplicationTask::run).collectAsync();
    jobs.add(job);
    Thread waiter =
        new Thread(
            () -> {
              try {
                List<T> results = job.get();
                for (int k = 0; k < group.size(); k++) {
                  ((CompletableFuture<T>) group.get(k).result()).complete(results.get(k));
                  synchronized (listener) {
                    listener.replicationFinished(
                        done.incrementAndGet(),
                        submitted.get(),
                        (System.nanoTime() - startedNanos) / 1e9);
                  }
                }
              } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                group.forEach(p -> p.result().completeExceptionally(new TaskFailed(cause)));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                group.forEach(p -> p.result().cancel(true));
              }
            },
            "spark-job-waiter");
    waiter.setDaemon(true);
    waiter.start();
  }

  @Override
  public synchronized void close() {
    for (JavaFutureAction<?> job : jobs) {
      if (!job.isDone()) {
        job.cancel(true);
      }
    }
  }

  /**
   * A replication that failed on the cluster: the message of Spark's failure, which carries the
   * model's exception as text once Spark has given up retrying.
   */
  static final class TaskFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TaskFailed(Throwable cause) {
      super(modelMessage(cause), cause);
    }

    private static String modelMessage(Throwable cause) {
      String m = String.valueOf(cause.getMessage());
      // "Job aborted due to stage failure: Task 0 in stage 3.0 failed 4 times, most recent
      // failure: Lost task ... : java.lang.IllegalStateException: <message>\n\tat ..."
      int line = m.indexOf('\n');
      return line < 0 ? m : m.substring(0, line);
    }
  }

  /** A future that sends the gathered submissions to the cluster when first waited for. */
  private final class Flushing<T> implements Future<T> {
    private final CompletableFuture<T> inner;

    Flushing(CompletableFuture<T> inner) {
      this.inner = inner;
    }

    @Override
    public boolean cancel(boolean mayInterrupt) {
      return inner.cancel(mayInterrupt);
    }

    @Override
    public boolean isCancelled() {
      return inner.isCancelled();
    }

    @Override
    public boolean isDone() {
      return inner.isDone();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
      flush();
      return inner.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit)
        throws InterruptedException, ExecutionException, TimeoutException {
      flush();
      return inner.get(timeout, unit);
    }
  }
}
