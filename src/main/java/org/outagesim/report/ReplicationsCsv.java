package org.outagesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/**
 * Writes {@code replications.csv}: one row per (replication, tenant), replications in index order
 * and tenants in scenario order, then every {@link Metric} in enum order. A metric that does not
 * apply ({@code NaN}) is an empty cell.
 */
public final class ReplicationsCsv {

  /** File name inside the output folder. */
  public static final String NAME = "replications.csv";

  private ReplicationsCsv() {}

  /** The header, as in DESIGN §6. */
  public static List<String> columns() {
    List<String> cols = new ArrayList<>(List.of("replication", "tenant", "sector", "strategy"));
    for (Metric m : Metric.values()) {
      cols.add(m.column());
    }
    return cols;
  }

  static void write(ExperimentResult result, Path dir) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (ReplicationResult r : result.replications()) {
      for (TenantResult t : r.tenants()) {
        List<Object> row =
            new ArrayList<>(List.of(r.replication(), t.tenant(), t.sector(), t.strategy()));
        for (Metric m : Metric.values()) {
          row.add(Decimal.cell(t.get(m)));
        }
        rows.add(row);
      }
    }
    new CsvTable(columns()).write(dir.resolve(NAME), rows);
  }
}
