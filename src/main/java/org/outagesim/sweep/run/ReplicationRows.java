package org.outagesim.sweep.run;

import java.util.ArrayList;
import java.util.List;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.Summary;
import org.outagesim.stats.TenantResult;

/**
 * The rows of one replication of one point: its tenants in scenario order, then the all-tenants row
 * formed by {@link Summary#allTenants}.
 *
 * @param replication replication index, from 0
 * @param rows tenant rows, the all-tenants row last
 */
record ReplicationRows(int replication, List<TenantRow> rows) implements java.io.Serializable {

  ReplicationRows {
    rows = List.copyOf(rows);
  }

  static ReplicationRows of(ReplicationResult r) {
    List<TenantRow> rows = new ArrayList<>();
    for (TenantResult t : r.tenants()) {
      rows.add(TenantRow.of(t));
    }
    rows.add(TenantRow.of(Summary.allTenants(r)));
    return new ReplicationRows(r.replication(), rows);
  }

  /** The all-tenants row. */
  TenantRow all() {
    return rows.get(rows.size() - 1);
  }
}
