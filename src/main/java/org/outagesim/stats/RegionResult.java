package org.outagesim.stats;

/**
 * What one region's internal resolver saw in one replication.
 *
 * @param region the region's id
 * @param capacity its full capacity in lookups per second, {@code Double.POSITIVE_INFINITY} when
 *     unlimited
 * @param series its per-minute load
 */
public record RegionResult(String region, double capacity, ResolverSeries series)
    implements java.io.Serializable {

  /** Whether the resolver has a finite capacity, so that its utilisation means something. */
  public boolean limited() {
    return capacity != Double.POSITIVE_INFINITY;
  }
}
