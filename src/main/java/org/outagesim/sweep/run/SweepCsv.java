package org.outagesim.sweep.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

/**
 * The layout of {@code sweep.csv}, tidy long form: {@code point}, one column per varied parameter
 * (headed by its path, holding the value as given), {@code replication}, {@code tenant}, {@code
 * sector}, {@code strategy}, then every {@link Metric} in enum order. One row per (point,
 * replication, tenant), the all-tenants row after a replication's tenants.
 */
final class SweepCsv {

  /** File name inside the output folder. */
  static final String NAME = "sweep.csv";

  private final List<String> parameters;

  SweepCsv(SweepPlan plan) {
    this.parameters = plan.parameters();
    this.durations = new DurationColumns(plan);
  }

  private final DurationColumns durations;

  List<String> columns() {
    List<String> cols = new ArrayList<>(List.of("point"));
    cols.addAll(parameters);
    cols.addAll(durations.names());
    cols.addAll(List.of("replication", "tenant", "sector", "strategy"));
    for (Metric m : Metric.values()) {
      cols.add(m.column());
    }
    return cols;
  }

  String header() {
    return CsvText.lines(List.of(new ArrayList<>(columns())));
  }

  /** The lines of a block: the given replications of one point. */
  String lines(SweepPoint point, List<ReplicationRows> replications) {
    List<List<Object>> rows = new ArrayList<>();
    for (ReplicationRows r : replications) {
      for (TenantRow t : r.rows()) {
        List<Object> row = new ArrayList<>();
        row.add(point.index());
        for (String p : parameters) {
          row.add(point.values().get(p));
        }
        row.addAll(durations.cells(point));
        row.addAll(List.of(r.replication(), t.tenant(), t.sector(), t.strategy()));
        for (Metric m : Metric.values()) {
          row.add(Cells.metric(t.get(m)));
        }
        rows.add(row);
      }
    }
    return CsvText.lines(rows);
  }

  /** A row read back: its point, replication and tenant row. */
  record ParsedRow(int point, List<String> values, int replication, TenantRow row) {}

  /**
   * Reads one line back.
   *
   * @throws IOException when the line is not a row of this layout
   */
  ParsedRow parse(String line) throws IOException {
    List<String> cells = CsvText.cells(line);
    if (cells.size() != columns().size()) {
      throw new IOException("expected " + columns().size() + " cells, found " + cells.size());
    }
    int k = parameters.size() + durations.size();
    try {
      Map<Metric, Double> values = new EnumMap<>(Metric.class);
      int c = k + 5;
      for (Metric m : Metric.values()) {
        values.put(m, Cells.parse(cells.get(c++)));
      }
      TenantRow row = new TenantRow(cells.get(k + 2), cells.get(k + 3), cells.get(k + 4), values);
      return new ParsedRow(
          Integer.parseInt(cells.get(0)),
          cells.subList(1, parameters.size() + 1),
          Integer.parseInt(cells.get(k + 1)),
          row);
    } catch (NumberFormatException e) {
      throw new IOException("not a number: " + e.getMessage(), e);
    }
  }
}
