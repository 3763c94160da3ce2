package org.outagesim.sim;

import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.stats.ReplicationResult;

/** Builds and runs one replication of a scenario on DSOL. */
public final class ReplicationRunner {
  private final ScenarioSpec scenario;

  public ReplicationRunner(ScenarioSpec scenario) {
    this.scenario = scenario;
  }

  /** Runs replication {@code index} to the horizon and returns its results. */
  public ReplicationResult run(int index) {
    throw new IllegalStateException("model under construction: " + scenario.name() + " " + index);
  }
}
