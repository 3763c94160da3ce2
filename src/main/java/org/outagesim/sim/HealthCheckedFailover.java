package org.outagesim.sim;

import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DeploymentSpec.Failback;

/**
 * Active-passive with a health check: a {@link HealthChecker} probes the primary; when it declares
 * the primary unhealthy the authoritative answer switches to the secondary (resolvers follow as
 * their entries expire) and the secondary's standby capacity starts to grow; with {@code failback:
 * automatic} the answer returns to the primary when the checker declares it healthy again. The
 * secondary is assumed healthy (it is not probed).
 */
final class HealthCheckedFailover implements FailoverPolicy {
  private final ActivePassiveSwitch deployment;
  private final Context context;

  HealthCheckedFailover(ActivePassiveSwitch deployment, Context context) {
    this.deployment = deployment;
    this.context = context;
  }

  @Override
  public void start(RequestPath path) {
    DeploymentSpec spec = context.tenant().deployment();
    int primary = deployment.primary();
    context.check(
        spec.healthCheck(),
        t -> path.probeFails(primary, t, spec.healthCheck().deep()),
        new DetectingListener(context.recorder()) {
          @Override
          public void unhealthy(double t) {
            deployment.toSecondary(t);
          }

          @Override
          public void healthy(double t) {
            if (spec.failback() == Failback.AUTOMATIC) {
              deployment.toPrimary(t);
            }
          }
        });
  }
}
