package org.outagesim.sim;

import java.util.function.DoublePredicate;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;

/**
 * Probes one region of a tenant every {@code interval}, starting at a phase uniform over the
 * interval (probes are out of step with faults, as in a system that has been running). After {@code
 * threshold} consecutive failed probes the region is declared unhealthy; after {@code threshold}
 * consecutive good probes it is declared healthy again. Route 53 aggregates many checkers; one
 * checker with the same interval and threshold gives the same timing.
 */
final class HealthChecker {

  /** What the checker reports. */
  interface Listener {
    /** A probe failed at {@code t}. */
    void probeFailed(double t);

    /** The region was declared unhealthy at {@code t}. */
    void unhealthy(double t);

    /** The region was declared healthy again at {@code t}. */
    void healthy(double t);
  }

  private final BatchSimulator simulator;
  private final double horizonS;
  private final HealthCheckSpec spec;
  private final DoublePredicate probeFailsAt;
  private final Listener listener;
  private boolean healthy = true;
  private int failedInRow;
  private int passedInRow;

  HealthChecker(
      BatchSimulator simulator,
      double horizonS,
      HealthCheckSpec spec,
      DoublePredicate probeFailsAt,
      Listener listener) {
    this.simulator = simulator;
    this.horizonS = horizonS;
    this.spec = spec;
    this.probeFailsAt = probeFailsAt;
    this.listener = listener;
  }

  /** Schedules the first probe at {@code phase} × interval, {@code phase} uniform in [0, 1). */
  void start(double phase) {
    schedule(phase * spec.intervalS());
  }

  private void schedule(double t) {
    if (t <= horizonS) {
      simulator.scheduleAt(t, this::probe);
    }
  }

  private void probe() {
    double t = simulator.getSimulatorTime();
    if (probeFailsAt.test(t)) {
      passedInRow = 0;
      failedInRow++;
      listener.probeFailed(t);
      if (healthy && failedInRow >= spec.threshold()) {
        healthy = false;
        listener.unhealthy(t);
      }
    } else {
      failedInRow = 0;
      passedInRow++;
      if (!healthy && passedInRow >= spec.threshold()) {
        healthy = true;
        listener.healthy(t);
      }
    }
    schedule(t + spec.intervalS());
  }
}
