package org.outagesim.sim;

import ch.qos.logback.classic.Level;
import java.util.concurrent.atomic.AtomicLong;
import nl.tudelft.simulation.dsol.logger.Cat;
import nl.tudelft.simulation.naming.context.event.InitialEventContext;
import org.djutils.logger.CategoryLogger;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.stats.ReplicationResult;

/**
 * Builds and runs one replication of a scenario on DSOL, blocking until it ends.
 *
 * <p>DSOL keeps JVM-wide state (log categories, a naming context), so its logging is switched off
 * once, and simulators are constructed under a lock (docs/architecture.md, "Running DSOL
 * headless"); replication ids come from a JVM-wide counter so that parallel replications never
 * share a naming entry.
 */
public final class ReplicationRunner {
  static final Object CONSTRUCTION = new Object();
  private static final AtomicLong IDS = new AtomicLong();
  private static boolean prepared;

  private final ScenarioSpec scenario;
  private double meanPendingEvents;

  public ReplicationRunner(ScenarioSpec scenario) {
    this.scenario = scenario;
  }

  /** Runs replication {@code index} to the horizon and returns its results. */
  public ReplicationResult run(int index) throws InterruptedException {
    BatchSimulator simulator;
    OutageModel model;
    String id = replicationId(index);
    synchronized (CONSTRUCTION) {
      prepareDsol();
      simulator = new BatchSimulator(id);
      model = new OutageModel(simulator, scenario, index);
    }
    simulator.runReplication(model, id, scenario.durationS());
    meanPendingEvents = simulator.meanPendingEvents();
    return model.result(index);
  }

  /**
   * A name for DSOL's naming context that no other replication in this JVM has: a counter, as
   * identity hash codes may repeat.
   */
  String replicationId(int index) {
    return "outagesim-" + IDS.incrementAndGet() + "-" + index;
  }

  /** Mean size of the event list during the last replication this runner ran (for benchmarks). */
  public double meanPendingEvents() {
    return meanPendingEvents;
  }

  /**
   * Switches DSOL's logging off and creates its naming context, once per JVM; call under the lock.
   */
  static void prepareDsol() {
    if (prepared) {
      return;
    }
    CategoryLogger.setLogLevel(Cat.DSOL, Level.OFF);
    CategoryLogger.setLogLevel(CategoryLogger.CAT_ALWAYS, Level.OFF);
    try {
      InitialEventContext.instantiate("root");
    } catch (javax.naming.NamingException e) {
      throw new IllegalStateException("cannot create DSOL's naming context", e);
    }
    prepared = true;
  }
}
