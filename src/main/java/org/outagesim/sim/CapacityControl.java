package org.outagesim.sim;

import java.util.List;
import org.outagesim.model.ServiceQueue;
import org.outagesim.model.spec.CapacityLoss;
import org.outagesim.model.spec.StepProfile;

/**
 * The number of servers of one tenant in one region over time: the base count (full, or a standby
 * share of it that grows linearly to full over {@code scaleUpTime} once traffic has moved there)
 * times what {@code capacity-loss} faults leave ({@code 1 − fraction}, several faults multiply),
 * times the share of app instances in service when unhealthy instances are being replaced. The
 * queue is updated at every step of a loss profile, at the end of each loss window, and in up to
 * {@value #RAMP_STEPS} steps along a scale-up.
 */
final class CapacityControl {
  static final int RAMP_STEPS = 100;

  private final BatchSimulator simulator;
  private final ServiceQueue queue;
  private final int full;
  private final double standbyShare;
  private final double scaleUpS;
  private final List<CapacityLoss> losses;
  private final double horizonS;
  private double rampStart = Double.NaN;
  private double inService = 1.0;

  CapacityControl(
      BatchSimulator simulator,
      ServiceQueue queue,
      int full,
      double standbyShare,
      double scaleUpS,
      List<CapacityLoss> losses,
      double horizonS) {
    this.simulator = simulator;
    this.queue = queue;
    this.full = full;
    this.standbyShare = standbyShare;
    this.scaleUpS = scaleUpS;
    this.losses = List.copyOf(losses);
    this.horizonS = horizonS;
  }

  /** Sets the count at time 0 and schedules the changes of the loss faults. */
  void start() {
    queue.setServers(0.0, servers(0.0));
    for (CapacityLoss l : losses) {
      for (StepProfile.Step s : l.fraction().steps()) {
        if (s.offsetS() < l.durationS()) {
          updateAt(l.atS() + s.offsetS());
        }
      }
      updateAt(l.endS());
    }
  }

  /** Traffic has moved here at {@code t}: a standby starts growing to full (once). */
  void scaleUpFrom(double t) {
    if (standbyShare >= 1.0 || !Double.isNaN(rampStart)) {
      return;
    }
    rampStart = t;
    if (scaleUpS <= 0) {
      queue.setServers(t, servers(t));
      return;
    }
    int steps = Math.max(1, Math.min(RAMP_STEPS, full - (int) Math.round(standbyShare * full)));
    for (int k = 1; k <= steps; k++) {
      updateAt(t + scaleUpS * k / steps);
    }
  }

  /**
   * The share of the app instances in service changed at {@code t}, the simulation clock: the
   * servers follow at once.
   */
  void inServiceShare(double t, double share) {
    inService = share;
    queue.setServers(t, servers(t));
  }

  private void updateAt(double t) {
    if (t <= horizonS) {
      simulator.scheduleAt(t, () -> queue.setServers(t, servers(t)));
    }
  }

  /** Servers taking work at {@code t}. */
  int servers(double t) {
    double left = remaining(t);
    return (int) Math.round(base(t) * (inService == 1.0 ? left : left * inService));
  }

  private double base(double t) {
    if (standbyShare >= 1.0) {
      return full;
    }
    if (Double.isNaN(rampStart) || t < rampStart) {
      return standbyShare * full;
    }
    double grown = scaleUpS <= 0 ? 1.0 : Math.min(1.0, (t - rampStart) / scaleUpS);
    return full * (standbyShare + (1.0 - standbyShare) * grown);
  }

  private double remaining(double t) {
    double left = 1.0;
    for (CapacityLoss l : losses) {
      if (l.activeAt(t)) {
        left *= 1.0 - Math.min(1.0, Math.max(0.0, l.fraction().valueAt(t - l.atS())));
      }
    }
    return left;
  }
}
