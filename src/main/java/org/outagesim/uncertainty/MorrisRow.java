package org.outagesim.uncertainty;

/**
 * One row of {@code morris.csv}: the elementary effects of an uncertain value on a metric (all
 * tenants together), over the trajectories. An effect is the change of the metric's mean over
 * replications when the value moves up by Δ on the unit scale, divided by Δ: the metric's change
 * per unit of the value's 5th-to-95th-percentile range.
 *
 * @param parameter the uncertain path
 * @param metric the metric's column name
 * @param muStar the mean of the effects' absolute values (the ranking measure)
 * @param mu the mean effect
 * @param sigma the standard deviation of the effects (non-linearity or interactions)
 * @param rank 1 for the value with the largest μ* for the metric
 * @param effects the number of effects (one per trajectory)
 */
public record MorrisRow(
    String parameter,
    String metric,
    double muStar,
    double mu,
    double sigma,
    int rank,
    int effects) {}
