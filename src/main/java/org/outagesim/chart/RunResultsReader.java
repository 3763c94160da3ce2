package org.outagesim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a result folder written by {@code outagesim run} into {@link RunResults}: scenario name,
 * start, horizon and faults from {@code manifest.json} (its resolved {@code scenario}), tenants and
 * estimates from {@code summary.json}, per-replication values from {@code replications.csv}, the
 * per-minute series from {@code timeseries.csv}. Formats as in docs/outputs.md.
 */
public final class RunResultsReader {

  public static final String MANIFEST = "manifest.json";
  public static final String SUMMARY = "summary.json";
  public static final String REPLICATIONS = "replications.csv";
  public static final String TIMESERIES = "timeseries.csv";

  /** Fields of a fault that name what it hits, in the order they are printed. */
  private static final List<String> TARGET_FIELDS = List.of("provider", "tenant", "name", "region");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = new CsvMapper();

  private RunResultsReader() {}

  /** Reads the folder; an {@link IOException} names the file that is missing or malformed. */
  public static RunResults read(Path folder) throws IOException {
    JsonNode scenario = readJson(folder.resolve(MANIFEST)).path("scenario");
    JsonNode summary = readJson(folder.resolve(SUMMARY));
    List<TenantInfo> tenants = new ArrayList<>();
    Map<String, Map<String, Estimate>> estimates = new LinkedHashMap<>();
    for (JsonNode t : summary.path("tenants")) {
      String id = t.path("tenant").asText();
      tenants.add(new TenantInfo(id, t.path("sector").asText(), t.path("strategy").asText()));
      estimates.put(id, estimates(t.path("metrics")));
    }
    List<Map<String, String>> rows = readCsv(folder.resolve(TIMESERIES));
    return new RunResults(
        scenario.path("name").asText(),
        OffsetDateTime.parse(scenario.path("start").asText()),
        scenario.path("duration_s").asDouble(),
        summary.path("replications").asInt(),
        faults(scenario.path("faults")),
        tenants,
        estimates,
        perReplication(folder.resolve(REPLICATIONS)),
        minutes(rows),
        scenario.path("currency").isTextual() ? scenario.path("currency").asText() : null,
        regionMinutes(rows));
  }

  private static JsonNode readJson(Path file) throws IOException {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static List<FaultWindow> faults(JsonNode faults) {
    List<FaultWindow> out = new ArrayList<>();
    for (JsonNode f : faults) {
      List<String> targets = new ArrayList<>();
      for (String field : TARGET_FIELDS) {
        if (f.hasNonNull(field)) {
          targets.add(f.get(field).asText());
        }
      }
      double at = f.path("at_s").asDouble();
      out.add(
          new FaultWindow(
              f.path("type").asText(),
              String.join(" in ", targets),
              at,
              at + f.path("duration_s").asDouble()));
    }
    return out;
  }

  private static Map<String, Estimate> estimates(JsonNode metrics) {
    Map<String, Estimate> out = new LinkedHashMap<>();
    metrics
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                out.put(
                    e.getKey(),
                    new Estimate(
                        number(e.getValue().get("mean")),
                        number(e.getValue().get("ci95_half_width")))));
    return out;
  }

  private static double number(JsonNode n) {
    return n == null || n.isNull() ? Double.NaN : n.asDouble();
  }

  private static List<Map<String, Map<String, Double>>> perReplication(Path file)
      throws IOException {
    List<Map<String, Map<String, Double>>> out = new ArrayList<>();
    for (Map<String, String> row : readCsv(file)) {
      int rep = Integer.parseInt(row.get("replication"));
      while (out.size() <= rep) {
        out.add(new LinkedHashMap<>());
      }
      Map<String, Double> values = new LinkedHashMap<>();
      row.forEach(
          (column, cell) -> {
            if (!List.of("replication", "tenant", "sector", "strategy").contains(column)) {
              values.put(column, number(cell));
            }
          });
      out.get(rep).put(row.get("tenant"), values);
    }
    return out;
  }

  /** A region row has a region and no tenant; files before region rows have neither column. */
  private static boolean regionRow(Map<String, String> r) {
    String region = r.get("region");
    return region != null && !region.isEmpty() && r.get("tenant").isEmpty();
  }

  private static List<RegionMinute> regionMinutes(List<Map<String, String>> rows) {
    List<RegionMinute> out = new ArrayList<>();
    for (Map<String, String> r : rows) {
      if (regionRow(r)) {
        out.add(
            new RegionMinute(
                Integer.parseInt(r.get("minute")),
                r.get("region"),
                number(r.get("lookups")),
                number(r.get("lookups_failed")),
                number(r.get("lookup_failure_share")),
                number(r.get("resolver_capacity")),
                number(r.get("resolver_utilisation"))));
      }
    }
    return out;
  }

  private static List<TenantMinute> minutes(List<Map<String, String>> rows) {
    List<TenantMinute> out = new ArrayList<>();
    for (Map<String, String> r : rows) {
      if (regionRow(r)) {
        continue;
      }
      out.add(
          new TenantMinute(
              Integer.parseInt(r.get("minute")),
              r.get("tenant"),
              number(r.get("requests")),
              number(r.get("failures")),
              number(r.get("failed_public_dns")),
              number(r.get("failed_internal_dns")),
              number(r.get("failed_unreachable")),
              number(r.get("failed_overload")),
              number(r.get("success_ratio")),
              number(r.get("success_ratio_ci95_half_width"))));
    }
    return out;
  }

  /** The rows of a CSV file with a header line, each as column name → cell text. */
  private static List<Map<String, String>> readCsv(Path file) throws IOException {
    CsvSchema header = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows =
        CSV.readerForMapOf(String.class).with(header).readValues(file.toFile())) {
      return rows.readAll();
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * An empty cell (a metric that does not apply) is {@code NaN}; {@code inf} (never happened) is
   * infinite.
   */
  private static double number(String cell) {
    if (cell == null || cell.isEmpty()) {
      return Double.NaN;
    }
    return cell.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(cell);
  }
}
