package org.outagesim.sim;

import java.util.function.IntConsumer;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.outagesim.model.spec.InstanceReplacementSpec;

/**
 * An Auto Scaling group replacing one tenant's unhealthy app instances in one region. Each instance
 * is health-checked every {@code interval}, at a phase of its own uniform over the interval; a
 * check is deep (it fails when a dependency name fails to resolve on that instance, through its
 * cache). After {@code threshold} failed checks in a row the instance leaves service and a
 * replacement starts; it serves {@code bootTime} later with a cold DNS cache, and its checks go on
 * from there. Every change of the count in service is reported, so that the tenant's servers follow
 * it.
 */
final class InstanceReplacement {

  /** Decides whether a deep check of an instance fails at the simulation clock. */
  interface Check {
    boolean fails(int region, int instance, double t);
  }

  private final BatchSimulator simulator;
  private final double horizonS;
  private final InstanceReplacementSpec spec;
  private final int region;
  private final AppInstances instances;
  private final Check check;
  private final IntConsumer inServiceChanged;
  private final int[] failedInRow;

  /**
   * @param inServiceChanged told the new count in service, at the simulation clock, whenever it
   *     changes
   */
  InstanceReplacement(
      BatchSimulator simulator,
      double horizonS,
      InstanceReplacementSpec spec,
      int region,
      AppInstances instances,
      Check check,
      IntConsumer inServiceChanged) {
    this.simulator = simulator;
    this.horizonS = horizonS;
    this.spec = spec;
    this.region = region;
    this.instances = instances;
    this.check = check;
    this.inServiceChanged = inServiceChanged;
    this.failedInRow = new int[instances.size()];
  }

  /** Schedules each instance's first check at a phase drawn from {@code phases}. */
  void start(StreamInterface phases) {
    for (int i = 0; i < instances.size(); i++) {
      schedule(i, phases.nextDouble() * spec.intervalS());
    }
  }

  private void schedule(int instance, double t) {
    if (t <= horizonS) {
      simulator.scheduleAt(t, () -> checkNow(instance));
    }
  }

  private void checkNow(int instance) {
    double t = simulator.getSimulatorTime();
    if (!instances.isInService(instance)) {
      return;
    }
    if (check.fails(region, instance, t)) {
      failedInRow[instance]++;
      if (failedInRow[instance] >= spec.threshold()) {
        replace(instance, t);
        return;
      }
    } else {
      failedInRow[instance] = 0;
    }
    schedule(instance, t + spec.intervalS());
  }

  private void replace(int instance, double t) {
    failedInRow[instance] = 0;
    instances.remove(instance);
    inServiceChanged.accept(instances.inServiceCount());
    double ready = t + spec.bootTimeS();
    if (ready <= horizonS) {
      simulator.scheduleAt(
          ready,
          () -> {
            instances.addFresh(instance);
            inServiceChanged.accept(instances.inServiceCount());
            schedule(instance, ready + spec.intervalS());
          });
    }
  }
}
