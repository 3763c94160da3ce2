package org.outagesim.cli;

import org.outagesim.stats.Metric;
import org.outagesim.sweep.SweepPlan;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --precision R --metric NAME --max-replications N} options of {@code run} and {@code
 * sweep}, checked.
 */
final class PrecisionTarget {

  private PrecisionTarget() {}

  /**
   * The target, or {@code null} when {@code precision} is {@code null}.
   *
   * @param replications the replications of the first round
   * @throws ParameterException (exit 2) for a share that is not positive, an unknown metric, fewer
   *     than 2 replications per round, or a maximum below the first round
   */
  static SweepPlan.Precision of(
      CommandLine cmd, Double precision, String metricName, int maxReplications, int replications) {
    if (precision == null) {
      return null;
    }
    if (!(precision > 0)) {
      throw new ParameterException(
          cmd, "--precision must be a positive share, e.g. 0.05, got " + precision);
    }
    Metric metric = Metric.byColumn(metricName);
    if (metric == null) {
      throw new ParameterException(cmd, "--metric: unknown metric '" + metricName + "'");
    }
    if (replications < 2) {
      throw new ParameterException(
          cmd, "--precision needs at least 2 replications per round, got " + replications);
    }
    if (maxReplications < replications) {
      throw new ParameterException(
          cmd,
          "--max-replications must be at least the replications ("
              + replications
              + "), got "
              + maxReplications);
    }
    return new SweepPlan.Precision(metric, precision, maxReplications);
  }
}
