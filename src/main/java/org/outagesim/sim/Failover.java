package org.outagesim.sim;

import java.util.List;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.outagesim.model.ActiveActive;
import org.outagesim.model.ActivePassive;
import org.outagesim.model.Deployment;
import org.outagesim.model.ServiceQueue;
import org.outagesim.model.SingleRegion;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.CapacityLoss;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DeploymentSpec.Failback;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * One tenant's deployment and what moves its traffic between regions.
 *
 * <ul>
 *   <li>{@code single-region}: one region, nothing moves.</li>
 *   <li>{@code active-passive} with a health check: a {@link HealthChecker} probes the primary;
 *       when it declares the primary unhealthy the authoritative answer switches to the secondary
 *       (resolvers follow as their entries expire) and the secondary's standby capacity starts to
 *       grow; with {@code failback: automatic} the answer returns to the primary when the checker
 *       declares it healthy again. The secondary is assumed healthy (it is not probed).</li>
 *   <li>{@code active-passive} with manual failover: the switch happens
 *       {@code detect + decide + execute} after the start of the first fault that hits the
 *       tenant's primary region (each delay drawn once per replication); with
 *       {@code failback: automatic} the team switches back {@code execute} after that fault's
 *       window has closed.</li>
 *   <li>{@code active-active}: both regions in the answer, weighted by their servers; a health
 *       checker per region takes a region out of the answer and puts it back.</li>
 * </ul>
 * Every move away from a region at {@code T} puts that region's checkouts completed in
 * {@code [T − replicationLag, T]} at risk (they may not have reached the other region).
 */
final class Failover {
  private final TenantSpec tenant;
  private final DeploymentSpec spec;
  private final BatchSimulator simulator;
  private final double horizonS;
  private final TenantRecorder recorder;
  private final StreamInterface stream;
  private final Deployment deployment;
  private final ServiceQueue[] queues;
  private final CapacityControl[] controls;
  private final int primary;
  private final int secondary;
  private final List<FaultSpec> faults;

  Failover(TenantSpec tenant, ScenarioSpec scenario, RegionState regions, BatchSimulator simulator,
      TenantStreams streams, TenantRecorder recorder) {
    this.tenant = tenant;
    this.spec = tenant.deployment();
    this.simulator = simulator;
    this.horizonS = scenario.durationS();
    this.recorder = recorder;
    this.stream = streams.failover();
    this.faults = scenario.faults();
    this.primary = regions.indexOf(spec.primary());
    this.secondary = spec.secondary() == null ? -1 : regions.indexOf(spec.secondary());
    int n = tenant.capacity().servers();
    this.deployment = switch (spec.strategy()) {
      case SINGLE_REGION -> new SingleRegion(primary);
      case ACTIVE_PASSIVE -> new ActivePassive(primary, secondary);
      case ACTIVE_ACTIVE -> new ActiveActive(new int[] {primary, secondary}, new double[] {n, n});
    };
    this.queues = new ServiceQueue[regions.size()];
    this.controls = new CapacityControl[regions.size()];
    for (int r : deployment.regions()) {
      queues[r] = new ServiceQueue(n, tenant.capacity().queueLimit());
      boolean standby = spec.strategy() == DeploymentSpec.Strategy.ACTIVE_PASSIVE && r == secondary
          && spec.standby() != null;
      List<CapacityLoss> losses = regions.capacityLosses(r, tenant.id());
      controls[r] = new CapacityControl(simulator, queues[r], n, standby ? spec.standby().capacity() : 1.0,
          standby ? spec.standby().scaleUpTimeS() : 0.0, losses, horizonS);
    }
  }

  Deployment deployment() {
    return deployment;
  }

  ServiceQueue[] queues() {
    return queues;
  }

  /** Sets capacities and schedules probes or the manual switch; call from the model's construction. */
  void start(RequestPath path) {
    for (CapacityControl c : controls) {
      if (c != null) {
        c.start();
      }
    }
    if (deployment instanceof ActivePassive ap) {
      if (spec.healthCheck() != null) {
        new HealthChecker(simulator, horizonS, spec.healthCheck(),
            t -> path.probeFails(primary, t, spec.healthCheck().deep()), new Listener() {
              @Override
              public void unhealthy(double t) {
                move(ap, secondary, t);
              }

              @Override
              public void healthy(double t) {
                if (spec.failback() == Failback.AUTOMATIC) {
                  move(ap, primary, t);
                }
              }
            }).start(stream.nextDouble());
      } else if (spec.failover() != null) {
        scheduleManual(ap);
      }
    } else if (deployment instanceof ActiveActive aa && spec.healthCheck() != null) {
      for (int r : aa.regions()) {
        new HealthChecker(simulator, horizonS, spec.healthCheck(),
            t -> path.probeFails(r, t, spec.healthCheck().deep()), new Listener() {
              @Override
              public void unhealthy(double t) {
                recorder.failedOver(t);
                recorder.leftRegion(r, t);
                aa.setHealthy(r, false);
              }

              @Override
              public void healthy(double t) {
                aa.setHealthy(r, true);
              }
            }).start(stream.nextDouble());
      }
    }
  }

  private void move(ActivePassive ap, int to, double t) {
    if (ap.active() == to) {
      return;
    }
    if (to == secondary) {
      recorder.failedOver(t);
      controls[secondary].scaleUpFrom(t);
    }
    recorder.leftRegion(ap.active(), t);
    ap.activate(to);
  }

  private void scheduleManual(ActivePassive ap) {
    FaultSpec trigger = firstFaultOnPrimary();
    DeploymentSpec.ManualFailoverSpec m = spec.failover();
    double detect = TenantStreams.distribution(stream, m.detect()).draw();
    double decide = TenantStreams.distribution(stream, m.decide()).draw();
    double execute = TenantStreams.distribution(stream, m.execute()).draw();
    if (trigger == null) {
      return;
    }
    double detected = trigger.atS() + detect;
    if (detected <= horizonS) {
      simulator.at(detected, () -> recorder.detected(detected));
    }
    double switched = detected + decide + execute;
    if (switched <= horizonS) {
      simulator.at(switched, () -> move(ap, secondary, switched));
    }
    double back = Math.max(switched, trigger.endS()) + execute;
    if (spec.failback() == Failback.AUTOMATIC && back <= horizonS) {
      simulator.at(back, () -> move(ap, primary, back));
    }
  }

  /**
   * The earliest fault that a move to the secondary could escape: one on the primary region that
   * is not a failure of the tenant's DNS provider or of its public record; or {@code null}.
   */
  private FaultSpec firstFaultOnPrimary() {
    return FaultScope.first(faults, tenant, List.of(spec.primary()),
        f -> !(f instanceof AuthoritativeDnsFailure) && !(f instanceof RecordRemoval rr && rr.tenant() != null));
  }

  /** Reports every failed probe as a detection; the recorder keeps the first after the fault. */
  private abstract class Listener implements HealthChecker.Listener {
    @Override
    public void probeFailed(double t) {
      recorder.detected(t);
    }
  }
}
