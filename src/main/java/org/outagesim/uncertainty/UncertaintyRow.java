package org.outagesim.uncertainty;

/**
 * One row of {@code uncertainty.csv}: a metric of a tenant (or {@code all}) in the base case and
 * over the samples of the assumptions.
 *
 * @param tenant tenant id or {@code all}
 * @param metric the metric's column name
 * @param baseMean the base case's mean over replications
 * @param baseHalfWidth its 95% Student-t half-width (simulation noise)
 * @param mean the mean over samples of each sample's mean over replications
 * @param p5 the 5th percentile of the samples' means
 * @param p95 the 95th percentile of the samples' means
 * @param assumptionSd the standard deviation due to the assumptions (between samples, with the
 *     noise taken out)
 * @param noiseSd the standard deviation of one replication within a sample (simulation noise)
 */
public record UncertaintyRow(
    String tenant,
    String metric,
    double baseMean,
    double baseHalfWidth,
    double mean,
    double p5,
    double p95,
    double assumptionSd,
    double noiseSd) {}
