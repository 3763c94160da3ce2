package org.outagesim.stats;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every metric of one tenant (or of all tenants together) across replications.
 *
 * @param tenant tenant id, or {@link Summary#ALL} for the all-tenants row
 * @param sector sector, empty for the all-tenants row
 * @param strategy deployment strategy key, empty for the all-tenants row
 * @param metrics one summary per metric
 */
public record TenantSummary(
    String tenant, String sector, String strategy, Map<Metric, MetricSummary> metrics) {
  public TenantSummary {
    metrics = new EnumMap<>(metrics);
  }

  public MetricSummary get(Metric m) {
    return metrics.get(m);
  }
}
