package org.outagesim.sweep.run;

import java.util.List;
import org.outagesim.stats.Metric;

/**
 * The rows of a finished sweep, read-only: every point's replications, whether simulated in this
 * run or read back on resume, in replication order. Replication {@code r} of every point used the
 * same random numbers.
 */
public final class SweepRows {

  private final List<PointRows> points;

  SweepRows(List<PointRows> points) {
    this.points = List.copyOf(points);
  }

  /** Points of the sweep. */
  public int pointCount() {
    return points.size();
  }

  /** Replications every point ran. */
  public int replications() {
    return points.get(0).replicationCount();
  }

  /**
   * The values of {@code metric} for {@code tenant} at {@code point}, one per replication in
   * replication order ({@code NaN} where it does not apply); empty when the point has no such
   * tenant.
   */
  public double[] values(int point, String tenant, Metric metric) {
    List<TenantRow> rows = points.get(point).column(tenant);
    double[] out = new double[rows.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = rows.get(r).get(metric);
    }
    return out;
  }
}
