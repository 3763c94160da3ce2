package org.outagesim.stats;

import java.util.EnumMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one tenant did in one replication: its metric values, its per-minute series and the latency
 * distribution of its successful requests (kept to form all-tenant percentiles).
 *
 * @param tenant tenant id
 * @param sector tenant sector
 * @param strategy deployment strategy key, e.g. {@code single-region}
 * @param values metric values; {@code NaN} where a metric does not apply
 * @param series per-minute counts
 * @param latencyMicros latencies of successful requests in microseconds
 */
public record TenantResult(
    String tenant,
    String sector,
    String strategy,
    Map<Metric, Double> values,
    MinuteSeries series,
    Histogram latencyMicros)
    implements java.io.Serializable {

  public TenantResult {
    values = new EnumMap<>(values);
  }

  public double get(Metric m) {
    Double v = values.get(m);
    return v == null ? Double.NaN : v;
  }
}
