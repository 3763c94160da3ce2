package org.outagesim.cli;

import java.util.Locale;
import org.outagesim.experiment.SpeedCalibration;
import org.outagesim.model.Workload;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.MemoryEstimate;

/**
 * What a run of the scenario will take, before it starts: per replication and in total the expected
 * sessions, requests (normal operation, see {@link Workload}) and events (requests × the events per
 * request measured by {@link SpeedCalibration}), the peak heap of the replications that run at once
 * ({@link MemoryEstimate}), and the wall time: total events over the measured events per second
 * times the threads that work at once (replications spread over the threads, a thread runs whole
 * replications).
 *
 * @param sessions expected sessions per replication
 * @param requests expected requests per replication
 * @param events expected events per replication
 * @param peakBytes estimated heap of the replications that run at once
 * @param wallSeconds estimated wall time of the whole run
 */
record RunEstimate(
    int replications,
    int threads,
    double sessions,
    double requests,
    double events,
    double peakBytes,
    double wallSeconds) {

  /** Runs longer than this are warned about before they start. */
  static final double LONG_RUN_S = 600;

  static RunEstimate of(ScenarioSpec s, int threads, SpeedCalibration speed) {
    double requests = Workload.requests(s);
    double events = requests * speed.eventsPerRequest();
    int atOnce = MemoryEstimate.concurrent(s, threads);
    int rounds = (int) Math.ceil(s.replications() / (double) atOnce);
    return new RunEstimate(
        s.replications(),
        atOnce,
        Workload.sessions(s),
        requests,
        events,
        MemoryEstimate.bytesPerReplication(s) * atOnce,
        rounds * events / speed.eventsPerSecond());
  }

  boolean isLong() {
    return wallSeconds > LONG_RUN_S;
  }

  /** The lines printed by {@code validate} and {@code run --dry-run}. */
  String text() {
    return String.format(
        Locale.ROOT,
        "estimate: per replication %s sessions, %s requests, %s events;%n"
            + "  in total (%d %s) %s sessions, %s requests, %s events;%n"
            + "  peak memory about %s with %d at once; wall time about %s on this machine with %d %s%n",
        count(sessions),
        count(requests),
        count(events),
        replications,
        replications == 1 ? "replication" : "replications",
        count(sessions * replications),
        count(requests * replications),
        count(events * replications),
        bytes(peakBytes),
        threads,
        duration(wallSeconds),
        threads,
        threads == 1 ? "thread" : "threads");
  }

  /** The warning before a long run. */
  String warning() {
    return "warning: this run is estimated to take about "
        + duration(wallSeconds)
        + " ("
        + count(events * replications)
        + " events); check the estimate with --dry-run, or use fewer --replications, a shorter --duration or more --threads";
  }

  static String count(double n) {
    if (n >= 1e9) {
      return String.format(Locale.ROOT, "%.1f billion", n / 1e9);
    }
    if (n >= 1e6) {
      return String.format(Locale.ROOT, "%.1f million", n / 1e6);
    }
    return String.format(Locale.ROOT, "%,.0f", n);
  }

  static String bytes(double b) {
    return b >= 1 << 30
        ? String.format(Locale.ROOT, "%.1f GiB", b / (1 << 30))
        : String.format(Locale.ROOT, "%.0f MiB", Math.max(1, b / (1 << 20)));
  }

  static String duration(double s) {
    if (s < 60) {
      return String.format(Locale.ROOT, "%.0f s", Math.max(1, s));
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%.0f min", s / 60);
    }
    if (s < 2 * 86400) {
      return String.format(Locale.ROOT, "%.1f h", s / 3600);
    }
    return String.format(Locale.ROOT, "%.1f days", s / 86400);
  }
}
