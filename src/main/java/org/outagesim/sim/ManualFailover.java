package org.outagesim.sim;

import java.util.List;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DeploymentSpec.Failback;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.FaultTarget;

/**
 * Active-passive moved by people: the switch happens {@code detect + decide + execute} after the
 * start of the first fault that hits the tenant's primary region (each delay drawn once per
 * replication); with {@code failback: automatic} the team switches back {@code execute} after that
 * fault's window has closed.
 */
final class ManualFailover implements FailoverPolicy {
  private final ActivePassiveSwitch deployment;
  private final Context context;
  private final FaultIndex faults;

  ManualFailover(ActivePassiveSwitch deployment, Context context, FaultIndex faults) {
    this.deployment = deployment;
    this.context = context;
    this.faults = faults;
  }

  @Override
  public void start(RequestPath path) {
    DeploymentSpec spec = context.tenant().deployment();
    FaultSpec trigger = firstFaultOnPrimary(spec);
    DeploymentSpec.ManualFailoverSpec m = spec.failover();
    double detect = TenantStreams.distribution(context.stream(), m.detect()).draw();
    double decide = TenantStreams.distribution(context.stream(), m.decide()).draw();
    double execute = TenantStreams.distribution(context.stream(), m.execute()).draw();
    if (trigger == null) {
      return;
    }
    BatchSimulator simulator = context.simulator();
    double horizonS = context.horizonS();
    double detected = trigger.atS() + detect;
    if (detected <= horizonS) {
      simulator.scheduleAt(detected, () -> context.recorder().detected(detected));
    }
    double switched = detected + decide + execute;
    if (switched <= horizonS) {
      simulator.scheduleAt(switched, () -> deployment.toSecondary(switched));
    }
    double back = Math.max(switched, trigger.endS()) + execute;
    if (spec.failback() == Failback.AUTOMATIC && back <= horizonS) {
      simulator.scheduleAt(back, () -> deployment.toPrimary(back));
    }
  }

  /**
   * The earliest fault that a move to the secondary could escape: one on the primary region that is
   * not a failure of the tenant's DNS provider or of its public record; or {@code null}.
   */
  private FaultSpec firstFaultOnPrimary(DeploymentSpec spec) {
    return faults.first(
        context.tenant(),
        List.of(spec.primary()),
        f ->
            !(f.target() instanceof FaultTarget.Provider)
                && !(f.target() instanceof FaultTarget.PublicName));
  }
}
