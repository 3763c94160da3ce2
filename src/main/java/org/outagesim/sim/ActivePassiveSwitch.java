package org.outagesim.sim;

import org.outagesim.model.ActivePassive;

/**
 * Moves an active-passive deployment's answer between its regions, as a health check or a team
 * decides: a move to the secondary counts as a failover and starts its standby's scale-up.
 */
final class ActivePassiveSwitch {
  private final ActivePassive deployment;
  private final int primary;
  private final int secondary;
  private final FailoverPolicy.Context context;

  ActivePassiveSwitch(
      ActivePassive deployment, int primary, int secondary, FailoverPolicy.Context context) {
    this.deployment = deployment;
    this.primary = primary;
    this.secondary = secondary;
    this.context = context;
  }

  int primary() {
    return primary;
  }

  void toSecondary(double t) {
    move(secondary, t);
  }

  void toPrimary(double t) {
    move(primary, t);
  }

  private void move(int to, double t) {
    if (deployment.active() == to) {
      return;
    }
    if (to == secondary) {
      context.recorder().failedOver(t);
      context.servers().scaleUpFrom(secondary, t);
    }
    context.recorder().leftRegion(deployment.active(), t);
    deployment.activate(to);
  }
}
