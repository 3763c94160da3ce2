package org.outagesim.chart;

/**
 * One region row of {@code timeseries.csv}: a region's internal resolver in one minute, each value
 * the mean over replications.
 *
 * @param minute minute index from the start
 * @param region the region's id
 * @param lookups lookups that reached the resolver
 * @param lookupsFailed those that failed
 * @param failureShare failed over made, mean over replications with lookups ({@code NaN} if none)
 * @param capacity capacity left, lookups per second ({@code NaN} for a resolver without one)
 * @param utilisation share of the minute the resolver was busy ({@code NaN} without a capacity)
 */
public record RegionMinute(
    int minute,
    String region,
    double lookups,
    double lookupsFailed,
    double failureShare,
    double capacity,
    double utilisation) {

  /** Whether the resolver has a capacity in this row. */
  public boolean limited() {
    return !Double.isNaN(capacity);
  }
}
