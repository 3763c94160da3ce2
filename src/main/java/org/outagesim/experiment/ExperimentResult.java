package org.outagesim.experiment;

import java.util.List;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.Summary;

/**
 * The results of all replications of one scenario.
 *
 * @param scenario the scenario as run
 * @param replications results in replication order, whatever thread ran them
 * @param summary summaries across replications
 * @param threads worker threads used
 * @param wallSeconds wall-clock time of the whole experiment
 */
public record ExperimentResult(
    ScenarioSpec scenario,
    List<ReplicationResult> replications,
    Summary summary,
    int threads,
    double wallSeconds) {

  public ExperimentResult {
    replications = List.copyOf(replications);
  }
}
