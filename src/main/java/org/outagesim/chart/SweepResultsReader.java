package org.outagesim.chart;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code sweep-summary.csv} of a sweep folder: columns {@code point}, one per varied
 * parameter, {@code tenant}, {@code n}, then {@code <metric>_mean} and {@code
 * <metric>_ci95_half_width} for each metric. Keeps the all-tenants rows.
 */
public final class SweepResultsReader {
  /** The summary file in a sweep folder. */
  public static final String SUMMARY = "sweep-summary.csv";

  private static final CsvMapper CSV = new CsvMapper();
  private static final String MEAN = "_mean";
  private static final String HALF_WIDTH = "_ci95_half_width";

  private SweepResultsReader() {}

  public static SweepResults read(Path sweepFolder) throws IOException {
    Path file = sweepFolder.resolve(SUMMARY);
    CsvSchema header = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows =
        CSV.readerForMapOf(String.class).with(header).readValues(file.toFile())) {
      List<Map<String, String>> all = rows.readAll();
      List<String> columns = new ArrayList<>();
      ((CsvSchema) rows.getParserSchema()).forEach(c -> columns.add(c.getName()));
      return of(columns, all, file);
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static SweepResults of(List<String> columns, List<Map<String, String>> rows, Path file)
      throws IOException {
    int tenant = columns.indexOf("tenant");
    if (columns.isEmpty() || !columns.get(0).equals("point") || tenant < 1) {
      throw new IOException(file + ": expected columns point, <parameters>, tenant, ...");
    }
    // A parameter X of durations comes with its seconds in X_s, which is not a parameter of its
    // own.
    List<String> parameters =
        columns.subList(1, tenant).stream()
            .filter(c -> !(c.endsWith("_s") && columns.contains(c.substring(0, c.length() - 2))))
            .toList();
    List<String> metrics = new ArrayList<>();
    for (String c : columns) {
      if (c.endsWith(MEAN)) {
        metrics.add(c.substring(0, c.length() - MEAN.length()));
      }
    }
    List<SweepResults.Point> points = new ArrayList<>();
    for (Map<String, String> r : rows) {
      if (!"all".equals(r.get("tenant"))) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      parameters.forEach(p -> values.put(p, r.get(p)));
      Map<String, Estimate> estimates = new LinkedHashMap<>();
      for (String m : metrics) {
        estimates.put(m, new Estimate(number(r.get(m + MEAN)), number(r.get(m + HALF_WIDTH))));
      }
      points.add(new SweepResults.Point(Integer.parseInt(r.get("point")), values, estimates));
    }
    return new SweepResults(parameters, metrics, points);
  }

  private static double number(String cell) {
    return cell == null || cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }
}
