package org.outagesim.sweep.run;

import java.util.EnumMap;
import java.util.Map;
import org.outagesim.stats.Metric;
import org.outagesim.stats.Summary;
import org.outagesim.stats.TenantResult;

/**
 * One tenant (or the all-tenants row) of one replication of one sweep point, as it appears in
 * {@code sweep.csv}: only the metric values are kept, not the per-minute series or latency
 * histograms, so a long sweep holds little memory. The values are the doubles written, and read
 * back exactly on resume, so summaries are the same whether rows were simulated or read.
 *
 * @param tenant tenant id, or {@link Summary#ALL}
 * @param sector sector, empty for the all-tenants row
 * @param strategy deployment strategy key, empty for the all-tenants row
 * @param values metric values; {@code NaN} where a metric does not apply
 */
record TenantRow(String tenant, String sector, String strategy, Map<Metric, Double> values)
    implements java.io.Serializable {

  TenantRow {
    values = new EnumMap<>(values);
  }

  static TenantRow of(TenantResult t) {
    Map<Metric, Double> values = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      values.put(m, t.get(m));
    }
    return new TenantRow(t.tenant(), t.sector(), t.strategy(), values);
  }

  double get(Metric m) {
    Double v = values.get(m);
    return v == null ? Double.NaN : v;
  }
}
