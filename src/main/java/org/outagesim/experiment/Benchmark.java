package org.outagesim.experiment;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.sim.ReplicationRunner;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/**
 * Measures the simulator's speed on one thread against a bare event loop in the same process.
 *
 * <p>The model runs {@code warmup} replications untimed (JIT), then {@code measured} replications
 * timed. The baseline is a {@link PriorityQueue} of (time, sequence, action) events whose actions
 * reschedule themselves at exponential delays, as many events as the model executed per
 * replication, with as many events pending as the model had on average (the heap's size drives the
 * cost of an event list); it is warmed up and timed the same way. The ratio baseline/model says how
 * much the model and DSOL cost over a minimal loop.
 */
public final class Benchmark {

  /**
   * The measurements.
   *
   * @param replications timed model replications
   * @param events model events executed in them
   * @param requests simulated requests (attempts) in them
   * @param modelSeconds wall time of the timed model replications
   * @param pendingEvents mean size of the model's event list, also used for the baseline
   * @param baselineEvents events the baseline loop executed
   * @param baselineSeconds wall time of the baseline loop
   */
  public record Result(
      int replications,
      long events,
      long requests,
      double modelSeconds,
      int pendingEvents,
      long baselineEvents,
      double baselineSeconds) {

    public double requestsPerSecond() {
      return requests / modelSeconds;
    }

    public double eventsPerSecond() {
      return events / modelSeconds;
    }

    public double baselineEventsPerSecond() {
      return baselineEvents / baselineSeconds;
    }

    /** How many times faster the bare loop processes events than the model. */
    public double slowdown() {
      return baselineEventsPerSecond() / eventsPerSecond();
    }
  }

  private Benchmark() {}

  /** Runs the benchmark; replication indices are 0.. so results are reproducible. */
  public static Result run(ScenarioSpec scenario, int warmup, int measured)
      throws InterruptedException {
    ReplicationRunner runner = new ReplicationRunner(scenario);
    for (int i = 0; i < warmup; i++) {
      runner.run(i);
    }
    long events = 0;
    long requests = 0;
    double pendingSum = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < measured; i++) {
      ReplicationResult r = runner.run(warmup + i);
      events += r.events();
      pendingSum += runner.meanPendingEvents();
      for (TenantResult t : r.tenants()) {
        requests += (long) t.get(Metric.REQUESTS);
      }
    }
    double modelSeconds = (System.nanoTime() - t0) / 1e9;
    long perReplication = Math.max(1, events / Math.max(1, measured));
    int pending = (int) Math.max(1, Math.round(pendingSum / Math.max(1, measured)));
    for (int i = 0; i < warmup; i++) {
      baseline(perReplication, pending, i);
    }
    long t1 = System.nanoTime();
    long baselineEvents = 0;
    for (int i = 0; i < measured; i++) {
      baselineEvents += baseline(perReplication, pending, warmup + i);
    }
    double baselineSeconds = (System.nanoTime() - t1) / 1e9;
    return new Result(
        measured, events, requests, modelSeconds, pending, baselineEvents, baselineSeconds);
  }

  private record Event(double time, long seq, Runnable action) implements Comparable<Event> {
    @Override
    public int compareTo(Event o) {
      int c = Double.compare(time, o.time);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  /** A bare event loop: {@code pending} self-rescheduling Poisson processes, {@code n} events. */
  static long baseline(long n, int pending, long seed) {
    PriorityQueue<Event> queue = new PriorityQueue<>();
    SplittableRandom rng = new SplittableRandom(seed);
    long[] seq = {0};
    long[] executed = {0};
    double[] now = {0};
    for (int p = 0; p < pending; p++) {
      scheduleBaseline(queue, rng, seq, executed, now, n);
    }
    while (!queue.isEmpty()) {
      Event e = queue.poll();
      now[0] = e.time();
      e.action().run();
    }
    return executed[0];
  }

  private static void scheduleBaseline(
      PriorityQueue<Event> queue,
      SplittableRandom rng,
      long[] seq,
      long[] executed,
      double[] now,
      long n) {
    double t = now[0] - Math.log(1.0 - rng.nextDouble());
    queue.add(
        new Event(
            t,
            seq[0]++,
            () -> {
              if (++executed[0] < n) {
                scheduleBaseline(queue, rng, seq, executed, now, n);
              }
            }));
  }
}
