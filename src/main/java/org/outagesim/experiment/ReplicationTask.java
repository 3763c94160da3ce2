package org.outagesim.experiment;

import java.io.Serializable;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.sim.ReplicationRunner;

/**
 * One replication to run anywhere: the scenario, the replication index and what to keep of its
 * result. Everything it needs travels with it, so a cluster's executor can run it as well as a
 * local thread; its random numbers depend only on the scenario's seed and {@code index}.
 *
 * @param <T> what is kept
 * @param scenario the point's scenario
 * @param index the replication index, from 0
 * @param keep what is kept of the result
 */
public record ReplicationTask<T extends Serializable>(
    ScenarioSpec scenario, int index, ReplicationEngine.Keep<T> keep) implements Serializable {

  /** Runs the replication and returns what is kept. */
  public T run() throws InterruptedException {
    return keep.apply(new ReplicationRunner(scenario).run(index));
  }
}
