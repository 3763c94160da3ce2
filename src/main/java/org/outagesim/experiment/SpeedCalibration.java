package org.outagesim.experiment;

import org.outagesim.model.Workload;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.sim.ReplicationRunner;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/**
 * How fast the scenario's model runs on this machine, measured by simulating its first {@value
 * #SLICE_REQUESTS} expected requests or so (a slice of its horizon, at least one second, at most
 * the whole horizon) on one thread, after an equally short warm-up of the JIT. The slice starts at
 * time 0, usually before any fault, so the events per request it measures are those of normal
 * operation; an outage with many retries makes the full run slower than estimated.
 *
 * @param eventsPerRequest simulation events per simulated request
 * @param eventsPerSecond events one thread simulates per second of wall time
 */
public record SpeedCalibration(double eventsPerRequest, double eventsPerSecond) {
  static final double SLICE_REQUESTS = 200_000;
  private static final double MIN_SLICE_S = 1;

  /** Measures on a slice of {@code scenario}. */
  public static SpeedCalibration measure(ScenarioSpec scenario) throws InterruptedException {
    double perSecond = Workload.requests(scenario) / scenario.durationS();
    double slice =
        perSecond <= 0
            ? scenario.durationS()
            : Math.min(scenario.durationS(), Math.max(MIN_SLICE_S, SLICE_REQUESTS / perSecond));
    ReplicationRunner runner =
        new ReplicationRunner(scenario.withDuration(slice).withReplications(1));
    runner.run(0);
    long t0 = System.nanoTime();
    ReplicationResult r = runner.run(0);
    double seconds = Math.max(1e-6, (System.nanoTime() - t0) / 1e9);
    long requests = 0;
    for (TenantResult t : r.tenants()) {
      requests += (long) t.get(Metric.REQUESTS);
    }
    return new SpeedCalibration(
        requests == 0 ? 1 : (double) r.events() / requests, r.events() / seconds);
  }
}
