package org.outagesim.stats;

/**
 * A metric across replications.
 *
 * @param n replications with a value: the metric applied and, for an event time, the event happened
 * @param mean sample mean, {@code NaN} when {@code n == 0}
 * @param sd sample standard deviation, {@code NaN} when {@code n < 2}
 * @param halfWidth95 half-width of the 95% Student-t confidence interval of the mean, {@code NaN}
 *     when {@code n < 2}
 * @param never replications in which the metric applied but the event it times never happened
 *     before the horizon; these have no value and are not in {@code n}. A metric with {@code n == 0
 *     && never == 0} does not apply at all.
 */
public record MetricSummary(long n, double mean, double sd, double halfWidth95, long never) {

  /** A summary of values that all happened. */
  public MetricSummary(long n, double mean, double sd, double halfWidth95) {
    this(n, mean, sd, halfWidth95, 0);
  }

  /** Whether the metric applied in no replication. */
  public boolean notApplicable() {
    return n == 0 && never == 0;
  }

  /** A copy that also counts replications in which the event never happened. */
  public MetricSummary withNever(long count) {
    return new MetricSummary(n, mean, sd, halfWidth95, count);
  }
}
