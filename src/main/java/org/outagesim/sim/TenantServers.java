package org.outagesim.sim;

import org.outagesim.model.ServiceQueue;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * One tenant's servers: a FIFO queue in each region where it runs, with the control that sets its
 * number of servers over time (capacity-loss faults; an active-passive standby that scales up once
 * traffic arrives).
 */
final class TenantServers {
  private final ServiceQueue[] queues;
  private final CapacityControl[] controls;

  /**
   * @param regions the indices of the regions where the tenant runs, primary first
   * @param standbyRegion the region holding an active-passive standby, or {@code -1}
   */
  TenantServers(
      TenantSpec tenant,
      int[] regions,
      int standbyRegion,
      RegionState state,
      BatchSimulator simulator,
      double horizonS) {
    int n = tenant.capacity().servers();
    DeploymentSpec.StandbySpec standby = tenant.deployment().standby();
    this.queues = new ServiceQueue[state.size()];
    this.controls = new CapacityControl[state.size()];
    for (int r : regions) {
      queues[r] = new ServiceQueue(n, tenant.capacity().queueLimit());
      boolean isStandby = r == standbyRegion && standby != null;
      controls[r] =
          new CapacityControl(
              simulator,
              queues[r],
              n,
              isStandby ? standby.capacity() : 1.0,
              isStandby ? standby.scaleUpTimeS() : 0.0,
              state.capacityLosses(r, tenant.id()),
              horizonS);
    }
  }

  /** The queue per region index; {@code null} where the tenant has no servers. */
  ServiceQueue[] queues() {
    return queues;
  }

  /** Sets the counts at time 0 and schedules the changes of capacity-loss faults. */
  void start() {
    for (CapacityControl c : controls) {
      if (c != null) {
        c.start();
      }
    }
  }

  /** The share of the app instances in service in {@code region} changed at {@code t}. */
  void inServiceShare(int region, double t, double share) {
    controls[region].inServiceShare(t, share);
  }

  /** Traffic has moved to {@code region} at {@code t}: a standby there starts to grow to full. */
  void scaleUpFrom(int region, double t) {
    controls[region].scaleUpFrom(t);
  }
}
