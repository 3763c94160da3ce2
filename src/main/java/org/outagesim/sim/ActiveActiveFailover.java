package org.outagesim.sim;

import org.outagesim.model.ActiveActive;

/**
 * Active-active with health checks: a checker per region takes the region out of the weighted
 * answer when it declares it unhealthy, and puts it back when it declares it healthy again.
 */
final class ActiveActiveFailover implements FailoverPolicy {
  private final ActiveActive deployment;
  private final Context context;

  ActiveActiveFailover(ActiveActive deployment, Context context) {
    this.deployment = deployment;
    this.context = context;
  }

  @Override
  public void start(RequestPath path) {
    var check = context.tenant().deployment().healthCheck();
    for (int r : deployment.regions()) {
      context.check(
          check,
          t -> path.probeFails(r, t, check.deep()),
          new DetectingListener(context.recorder()) {
            @Override
            public void unhealthy(double t) {
              context.recorder().failedOver(t);
              context.recorder().leftRegion(r, t);
              deployment.setHealthy(r, false);
            }

            @Override
            public void healthy(double t) {
              deployment.setHealthy(r, true);
            }
          });
    }
  }
}
