package org.outagesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch's {@code batch.csv}: one row per scenario file, in the order given, with its status and,
 * for a scenario whose folder is complete, the replications, wall time and all-tenant headline
 * metrics with their 95% half-widths — read back from that folder's {@code manifest.json} and
 * {@code summary.json}, so that the index always agrees with them.
 */
public final class BatchIndex {

  /** File name inside the batch folder. */
  public static final String NAME = "batch.csv";

  /** The headline metrics, each followed by its half-width column. */
  public static final List<String> METRICS =
      List.of("transactions_lost", "revenue_lost", "degraded_minutes");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private BatchIndex() {}

  /** Where a scenario of the batch stands. */
  public enum Status {
    /** Ran in this invocation. */
    OK("ok"),
    /** Found complete and kept (--resume). */
    COMPLETE("complete"),
    /** Not run yet. */
    PENDING("pending"),
    /** The file is bad input; the message says why. */
    BAD_INPUT("bad-input"),
    /** The simulation failed; the message says why. */
    FAILED("failed");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /**
   * One scenario file of the batch.
   *
   * @param scenario the scenario's name, or the file's name when it could not be read
   * @param file the path as given
   * @param sha256 hex SHA-256 of the file, or {@code null} when unreadable
   * @param status where it stands
   * @param folder its result folder inside the batch folder (relative), or {@code null}
   * @param message for bad input or a failure, what went wrong (first problem and how many more)
   */
  public record Entry(
      String scenario, String file, String sha256, Status status, String folder, String message) {

    public Entry withStatus(Status s, String why) {
      return new Entry(scenario, file, sha256, s, folder, why);
    }
  }

  /** The header. */
  public static List<String> columns() {
    List<String> cols =
        new ArrayList<>(
            List.of(
                "scenario", "file", "sha256", "status", "folder", "replications", "wall_seconds"));
    for (String m : METRICS) {
      cols.add(m);
      cols.add(m + "_ci95_half_width");
    }
    cols.add("message");
    return cols;
  }

  /** The rows of {@code entries}, with the figures of every complete folder. */
  public static List<List<Object>> rows(Path batchFolder, List<Entry> entries) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (Entry e : entries) {
      List<Object> row = new ArrayList<>();
      row.add(e.scenario());
      row.add(e.file());
      row.add(e.sha256());
      row.add(e.status().text());
      row.add(e.folder());
      boolean done = e.status() == Status.OK || e.status() == Status.COMPLETE;
      if (done) {
        Path dir = batchFolder.resolve(e.folder());
        JsonNode manifest = JSON.readTree(dir.resolve(ManifestFile.NAME).toFile());
        JsonNode all = JSON.readTree(dir.resolve(SummaryJson.NAME).toFile()).path("all");
        row.add(manifest.path("replications").asInt());
        row.add(Decimal.of(manifest.path("wall_seconds").asDouble()));
        for (String m : METRICS) {
          JsonNode metric = all.path("metrics").path(m);
          row.add(number(metric.path("mean")));
          row.add(number(metric.path("ci95_half_width")));
        }
      } else {
        for (int i = 0; i < 2 + 2 * METRICS.size(); i++) {
          row.add(null);
        }
      }
      row.add(e.message());
      rows.add(row);
    }
    return rows;
  }

  private static Object number(JsonNode n) {
    return n.isNumber() ? n.decimalValue() : null;
  }

  /**
   * Writes {@code batch.csv} into the batch folder, replacing the old one atomically; returns its
   * rows.
   */
  public static List<List<Object>> write(Path batchFolder, List<Entry> entries) throws IOException {
    Files.createDirectories(batchFolder);
    List<List<Object>> rows = rows(batchFolder, entries);
    AtomicFiles.replace(
        batchFolder,
        NAME,
        CsvTable.lines(List.of(new ArrayList<>(columns()))) + CsvTable.lines(rows));
    return rows;
  }

  /**
   * Whether {@code folder} holds the complete results of a run of the file with this hash and these
   * overrides: a result folder is published all at once, so its manifest, summary and report are
   * there, and the manifest names the same bytes and overrides.
   */
  public static boolean complete(Path folder, String sha256, List<String> overrides)
      throws IOException {
    Path manifest = folder.resolve(ManifestFile.NAME);
    if (!Files.isRegularFile(manifest)
        || !Files.isRegularFile(folder.resolve(SummaryJson.NAME))
        || !Files.isRegularFile(folder.resolve("report.html"))) {
      return false;
    }
    JsonNode m = JSON.readTree(manifest.toFile());
    List<String> given = new ArrayList<>();
    m.path("overrides").forEach(o -> given.add(o.asText()));
    return sha256.equals(m.path("scenario_sha256").asText()) && given.equals(overrides);
  }

  /**
   * The lost revenue (all tenants) of every scenario whose folder is complete, in order, from the
   * rows of {@link #rows}.
   */
  public static List<org.outagesim.chart.BatchChart.Bar> lostRevenue(List<List<Object>> rows) {
    List<String> cols = columns();
    int folder = cols.indexOf("folder");
    int mean = cols.indexOf("revenue_lost");
    int half = cols.indexOf("revenue_lost_ci95_half_width");
    List<org.outagesim.chart.BatchChart.Bar> bars = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.get(mean) instanceof java.math.BigDecimal m) {
        bars.add(
            new org.outagesim.chart.BatchChart.Bar(
                (String) row.get(folder),
                m.doubleValue(),
                row.get(half) instanceof java.math.BigDecimal h ? h.doubleValue() : Double.NaN));
      }
    }
    return bars;
  }
}
