package org.outagesim.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.Summary;

/**
 * The compact console table of a finished sweep, read back from its {@code sweep-summary.csv}: one
 * line per point with the parameter values and, for all tenants together, each summarised metric as
 * {@code mean ± 95% half-width} (clipped at 0 as on the run summary).
 */
final class SweepTable {
  private static final String SUMMARY = "sweep-summary.csv";

  private SweepTable() {}

  static String of(Path folder, List<String> parameters, List<String> metrics) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String> heading = new ArrayList<>(List.of("point"));
    heading.addAll(parameters);
    heading.addAll(metrics);
    rows.add(heading.toArray(String[]::new));
    for (Map<String, String> r : read(folder.resolve(SUMMARY))) {
      if (!Summary.ALL.equals(r.get("tenant"))) {
        continue;
      }
      List<String> cells = new ArrayList<>(List.of(r.get("point")));
      parameters.forEach(p -> cells.add(r.getOrDefault(p, "")));
      for (String m : metrics) {
        cells.add(
            SummaryText.interval(summary(r.get(m + "_mean"), r.get(m + "_ci95_half_width")), 1));
      }
      rows.add(cells.toArray(String[]::new));
    }
    int[] width = new int[heading.size()];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        boolean number = c == 0 || c > parameters.size();
        String pad = " ".repeat(width[c] - r[c].length());
        line.append("  ").append(number ? pad + r[c] : r[c] + pad);
      }
      sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static MetricSummary summary(String mean, String halfWidth) {
    if (mean == null || mean.isEmpty()) {
      return new MetricSummary(0, Double.NaN, Double.NaN, Double.NaN);
    }
    double h =
        halfWidth == null || halfWidth.isEmpty() ? Double.NaN : Double.parseDouble(halfWidth);
    return new MetricSummary(2, Double.parseDouble(mean), Double.NaN, h);
  }

  private static List<Map<String, String>> read(Path file) throws IOException {
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      return it.readAll();
    }
  }
}
