package org.outagesim.stats;

/**
 * A metric across replications.
 *
 * @param n replications in which the metric applied (non-empty values)
 * @param mean sample mean, {@code NaN} when {@code n == 0}
 * @param sd sample standard deviation, {@code NaN} when {@code n < 2}
 * @param halfWidth95 half-width of the 95% Student-t confidence interval of the mean,
 *     {@code NaN} when {@code n < 2}
 */
public record MetricSummary(long n, double mean, double sd, double halfWidth95) {}
