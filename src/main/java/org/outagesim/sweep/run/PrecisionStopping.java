package org.outagesim.sweep.run;

import java.util.ArrayList;
import java.util.List;
import org.outagesim.experiment.Engines;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.experiment.ReplicationEngine;
import org.outagesim.experiment.SimulationFailedException;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.Summary;
import org.outagesim.sweep.SweepPlan.Precision;

/**
 * Precision-based stopping for a single scenario ({@code run --precision}), with the sweep's rule
 * ({@link PrecisionRule}): run the scenario's replication count, then, while the 95% half-width of
 * the metric for all tenants together exceeds {@code relative × |mean|} and fewer than the maximum
 * have run, add a round of the same size (capped at the maximum). Replications {@code 0 .. n - 1}
 * are the same ones a fixed run of {@code n} would make, so the result equals {@code
 * Experiment.run} with {@code replications = n}.
 */
public final class PrecisionStopping {

  private PrecisionStopping() {}

  /**
   * The outcome.
   *
   * @param result the replications run, as from {@link Experiment#run}; its scenario carries the
   *     final replication count
   * @param reached whether the target held when it stopped
   * @param precision the metric's all-tenants summary at the end
   */
  public record Outcome(ExperimentResult result, boolean reached, MetricSummary precision) {}

  /**
   * Runs {@code scenario} until {@code precision} holds or its maximum is reached.
   *
   * @throws IllegalArgumentException when the settings make no sense (relative ≤ 0, maximum below
   *     the scenario's replications, fewer than 2 replications per round)
   */
  public static Outcome run(
      ScenarioSpec scenario, Precision precision, int threads, ProgressListener listener)
      throws SimulationFailedException, InterruptedException {
    return run(scenario, precision, threads, listener, Engines.get(Engines.LOCAL));
  }

  /** As {@link #run(ScenarioSpec, Precision, int, ProgressListener)}, on {@code engine}. */
  public static Outcome run(
      ScenarioSpec scenario,
      Precision precision,
      int threads,
      ProgressListener listener,
      ReplicationEngine.Factory engine)
      throws SimulationFailedException, InterruptedException {
    int firstRound = scenario.replications();
    PrecisionRule.check(precision, firstRound);
    long started = System.nanoTime();
    Experiment experiment = new Experiment(threads, listener, engine);
    List<ReplicationResult> results = new ArrayList<>();
    int count = 0;
    int target = firstRound;
    MetricSummary s;
    while (true) {
      results.addAll(experiment.runReplications(scenario, count, target, started));
      count = target;
      s = allTenants(results, precision);
      if (PrecisionRule.met(s, precision.relative()) || count >= precision.maxReplications()) {
        break;
      }
      target = PrecisionRule.nextCount(count, firstRound, precision);
    }
    double wall = (System.nanoTime() - started) / 1e9;
    ExperimentResult result =
        new ExperimentResult(
            scenario.withReplications(count), results, Summary.of(results), threads, wall);
    return new Outcome(result, PrecisionRule.met(s, precision.relative()), s);
  }

  private static MetricSummary allTenants(List<ReplicationResult> results, Precision precision) {
    List<TenantRow> all = new ArrayList<>();
    results.forEach(r -> all.add(TenantRow.of(Summary.allTenants(r))));
    return PointStatistics.summary(all, precision.metric());
  }
}
