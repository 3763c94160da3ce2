package org.outagesim.sim;

import org.outagesim.model.ActiveActive;
import org.outagesim.model.ActivePassive;
import org.outagesim.model.Deployment;
import org.outagesim.model.SingleRegion;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.TenantSpec;

/**
 * One tenant's deployment in a replication: what its authoritative DNS publishes ({@link
 * Deployment}), its servers in each region ({@link TenantServers}) and the {@link FailoverPolicy}
 * that moves traffic between them.
 *
 * <ul>
 *   <li>{@code single-region}: one region, nothing moves;
 *   <li>{@code active-passive}: {@link HealthCheckedFailover} with a health check, {@link
 *       ManualFailover} with {@code failover}, otherwise nothing moves;
 *   <li>{@code active-active}: both regions in the answer, weighted by their servers; {@link
 *       ActiveActiveFailover} with a health check.
 * </ul>
 */
final class TenantDeployment {
  private final Deployment deployment;
  private final TenantServers servers;
  private final FailoverPolicy policy;

  TenantDeployment(
      TenantSpec tenant,
      RegionState regions,
      FaultIndex faults,
      BatchSimulator simulator,
      double horizonS,
      TenantStreams streams,
      TenantRecorder recorder) {
    DeploymentSpec spec = tenant.deployment();
    int primary = regions.indexOf(spec.primary());
    int secondary = spec.secondary() == null ? -1 : regions.indexOf(spec.secondary());
    int n = tenant.capacity().servers();
    this.deployment =
        switch (spec.strategy()) {
          case SINGLE_REGION -> new SingleRegion(primary);
          case ACTIVE_PASSIVE -> new ActivePassive(primary, secondary);
          case ACTIVE_ACTIVE ->
              new ActiveActive(new int[] {primary, secondary}, new double[] {n, n});
        };
    int standby = spec.strategy() == Strategy.ACTIVE_PASSIVE ? secondary : -1;
    this.servers =
        new TenantServers(tenant, deployment.regions(), standby, regions, simulator, horizonS);
    var context =
        new FailoverPolicy.Context(
            tenant, simulator, horizonS, recorder, streams.failover(), servers);
    this.policy = policy(spec, primary, secondary, context, faults);
  }

  private FailoverPolicy policy(
      DeploymentSpec spec,
      int primary,
      int secondary,
      FailoverPolicy.Context context,
      FaultIndex faults) {
    if (deployment instanceof ActivePassive ap) {
      var moves = new ActivePassiveSwitch(ap, primary, secondary, context);
      if (spec.healthCheck() != null) {
        return new HealthCheckedFailover(moves, context);
      }
      if (spec.failover() != null) {
        return new ManualFailover(moves, context, faults);
      }
    } else if (deployment instanceof ActiveActive aa && spec.healthCheck() != null) {
      return new ActiveActiveFailover(aa, context);
    }
    return FailoverPolicy.NONE;
  }

  Deployment deployment() {
    return deployment;
  }

  TenantServers servers() {
    return servers;
  }

  /** Sets capacities and starts the failover policy; call once, as the model is built. */
  void start(RequestPath path) {
    servers.start();
    policy.start(path);
  }
}
