package org.outagesim.sweep.run;

import java.util.ArrayList;
import java.util.List;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.stats.Summary;
import org.outagesim.sweep.SweepPoint;

/**
 * Everything a point has produced so far: its replications in index order, each with its tenant
 * rows and the all-tenants row last.
 */
final class PointRows {

  private final SweepPoint point;
  private final List<String> tenants;
  private final List<ReplicationRows> replications = new ArrayList<>();

  PointRows(SweepPoint point, ScenarioSpec scenario) {
    this.point = point;
    List<String> ids = new ArrayList<>();
    scenario.tenants().forEach(t -> ids.add(t.id()));
    ids.add(Summary.ALL);
    this.tenants = List.copyOf(ids);
  }

  SweepPoint point() {
    return point;
  }

  /** Tenant ids in scenario order, then {@code all}: the rows of each replication. */
  List<String> tenants() {
    return tenants;
  }

  void add(List<ReplicationRows> block) {
    replications.addAll(block);
  }

  int replicationCount() {
    return replications.size();
  }

  /** The rows of tenant {@code i} (in {@link #tenants()} order), one per replication. */
  List<TenantRow> column(int i) {
    List<TenantRow> out = new ArrayList<>();
    replications.forEach(r -> out.add(r.rows().get(i)));
    return out;
  }

  /**
   * The rows of the tenant with id {@code tenant}, or an empty list when the point has no such
   * tenant.
   */
  List<TenantRow> column(String tenant) {
    int i = tenants.indexOf(tenant);
    return i < 0 ? List.of() : column(i);
  }
}
