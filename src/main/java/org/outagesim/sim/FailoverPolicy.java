package org.outagesim.sim;

import java.util.function.DoublePredicate;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * What moves one tenant's traffic between regions: health checks, people, or nothing. A new way of
 * failing over is one new implementation, chosen in {@link TenantDeployment}.
 *
 * <p>Every move away from a region at {@code T} puts that region's checkouts completed in {@code [T
 * − replicationLag, T]} at risk (they may not have reached the other region): policies report moves
 * to the {@link TenantRecorder}, which keeps that ledger.
 */
interface FailoverPolicy {

  /** Schedules the policy's probes or actions; called once, as the model is built. */
  void start(RequestPath path);

  /** A policy that never moves traffic. */
  FailoverPolicy NONE = path -> {};

  /**
   * What a policy works with.
   *
   * @param tenant the tenant
   * @param simulator the replication's simulator
   * @param horizonS the run's length
   * @param recorder where detections and moves are reported
   * @param stream the tenant's {@code failover} stream (probe phases, manual delays)
   * @param servers the tenant's servers, to scale a standby up
   */
  record Context(
      TenantSpec tenant,
      BatchSimulator simulator,
      double horizonS,
      TenantRecorder recorder,
      StreamInterface stream,
      TenantServers servers) {

    /** Starts a health checker on {@code probe}, at a phase drawn from the failover stream. */
    void check(HealthCheckSpec spec, DoublePredicate probe, HealthChecker.Listener listener) {
      new HealthChecker(simulator, horizonS, spec, probe, listener).start(stream.nextDouble());
    }
  }

  /** Reports every failed probe as a detection; the recorder keeps the first after the fault. */
  abstract class DetectingListener implements HealthChecker.Listener {
    private final TenantRecorder recorder;

    DetectingListener(TenantRecorder recorder) {
      this.recorder = recorder;
    }

    @Override
    public void probeFailed(double t) {
      recorder.detected(t);
    }
  }
}
