package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outagesim batch} end to end, on shipped scenarios cut to 40 minutes (their faults start at
 * 08:20 and 08:30, 20 and 30 minutes in) with two replications.
 */
class BatchCommandTest {

  private static final List<String> RESULT_FILES =
      List.of(
          "replications.csv",
          "summary.csv",
          "summary.json",
          "timeseries.csv",
          "charts/success-ratio.png",
          "charts/lost-transactions.png");

  private static final String[] SHORT = {"--duration", "40m", "--replications", "2"};

  @TempDir Path tmp;

  private static String[] args(String first, List<String> rest, String... more) {
    String[] a = new String[1 + rest.size() + SHORT.length + more.length];
    a[0] = first;
    int i = 1;
    for (String r : rest) {
      a[i++] = r;
    }
    for (String s : SHORT) {
      a[i++] = s;
    }
    for (String m : more) {
      a[i++] = m;
    }
    return a;
  }

  private Path folderOf(String... files) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("scenarios"));
    for (String f : files) {
      Files.copy(Path.of("scenarios", f), dir.resolve(f));
    }
    return dir;
  }

  @Test
  void eachScenarioFolderIsWhatASeparateRunWrites() throws Exception {
    Path batch = tmp.resolve("batch");
    Cli.Outcome o =
        Cli.run(
            args(
                "batch",
                List.of("scenarios/minimal.yaml", "scenarios/strategies.yaml"),
                "--out",
                batch.toString(),
                "--threads",
                "2"));
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertTrue(o.out().contains("batch: 2 ran, 0 kept (complete), 0 bad input, 0 failed"), o.out());
    for (String file : List.of("minimal", "strategies")) {
      Path single = tmp.resolve("run-" + file);
      Cli.Outcome r =
          Cli.run(
              args(
                  "run",
                  List.of("scenarios/" + file + ".yaml"),
                  "--out",
                  single.toString(),
                  "--quiet",
                  "--threads",
                  "1"));
      assertEquals(ExitCode.OK, r.code(), r.toString());
      for (String f : RESULT_FILES) {
        assertArrayEquals(
            Files.readAllBytes(single.resolve(f)),
            Files.readAllBytes(batch.resolve(file).resolve(f)),
            file + "/" + f);
      }
    }
    assertTrue(Files.isRegularFile(batch.resolve("index.html")));
    assertTrue(Files.isRegularFile(batch.resolve("charts/batch-lost-revenue.png")));
    String index = Files.readString(batch.resolve("index.html"));
    assertTrue(index.contains("href=\"minimal/report.html\""), "links each report");
    assertTrue(index.contains("href=\"strategies/report.html\""));
  }

  @Test
  void theIndexHoldsEachScenariosSummaryFigures() throws Exception {
    Path batch = tmp.resolve("batch");
    Path dir = folderOf("strategies.yaml", "minimal.yaml");
    Cli.Outcome o = Cli.run(args("batch", List.of(dir.toString()), "--out", batch.toString()));
    assertEquals(ExitCode.OK, o.code(), o.toString());
    List<Map<String, String>> rows = csv(batch.resolve("batch.csv"));
    assertEquals(2, rows.size());
    assertEquals("minimal", rows.get(0).get("scenario"), "files in name order");
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    for (Map<String, String> row : rows) {
      assertEquals("ok", row.get("status"));
      Path folder = batch.resolve(row.get("folder"));
      JsonNode all = json.readTree(folder.resolve("summary.json").toFile()).path("all");
      JsonNode manifest = json.readTree(folder.resolve("manifest.json").toFile());
      assertEquals(manifest.path("scenario_sha256").asText(), row.get("sha256"));
      assertEquals("2", row.get("replications"));
      for (String m : List.of("transactions_lost", "revenue_lost", "degraded_minutes")) {
        JsonNode metric = all.path("metrics").path(m);
        assertEquals(
            0,
            metric.path("mean").decimalValue().compareTo(new BigDecimal(row.get(m))),
            row.get("scenario") + " " + m);
        assertEquals(
            0,
            metric
                .path("ci95_half_width")
                .decimalValue()
                .compareTo(new BigDecimal(row.get(m + "_ci95_half_width"))),
            row.get("scenario") + " " + m + " half-width");
      }
    }
  }

  @Test
  void aBadFileIsReportedAndTheGoodOnesStillRun() throws Exception {
    Path dir = folderOf("minimal.yaml");
    Files.writeString(
        dir.resolve("broken.yaml"),
        Files.readString(dir.resolve("minimal.yaml"))
            .replace("name: minimal", "name: broken\nreplicatoins: 3"));
    Path batch = tmp.resolve("batch");
    Cli.Outcome o = Cli.run(args("batch", List.of(dir.toString()), "--out", batch.toString()));
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("broken.yaml:"), "names the file and line: " + o.err());
    assertTrue(o.err().contains("replicatoins"), o.err());
    assertTrue(o.out().contains("batch: 1 ran, 0 kept (complete), 1 bad input, 0 failed"), o.out());
    assertTrue(Files.isRegularFile(batch.resolve("minimal/summary.json")), "the good one ran");
    List<Map<String, String>> rows = csv(batch.resolve("batch.csv"));
    assertEquals("bad-input", rows.get(0).get("status"));
    assertTrue(rows.get(0).get("message").contains("replicatoins"), rows.get(0).toString());
    assertEquals("ok", rows.get(1).get("status"));
    assertTrue(Files.readString(batch.resolve("index.html")).contains("Files that did not run"));
  }

  @Test
  void strictRunsNothingWhenAFileIsBad() throws Exception {
    Path dir = folderOf("minimal.yaml");
    Files.writeString(dir.resolve("empty.yaml"), "");
    Path batch = tmp.resolve("batch");
    Cli.Outcome o =
        Cli.run(args("batch", List.of(dir.toString()), "--out", batch.toString(), "--strict"));
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("--strict: nothing ran"), o.err());
    assertFalse(Files.exists(batch.resolve("minimal")));
  }

  @Test
  void resumeKeepsCompleteFoldersAndRedoesTheRest() throws Exception {
    Path dir = folderOf("minimal.yaml", "strategies.yaml");
    Path batch = tmp.resolve("batch");
    Cli.Outcome first = Cli.run(args("batch", List.of(dir.toString()), "--out", batch.toString()));
    assertEquals(ExitCode.OK, first.code(), first.toString());
    byte[] strategies = Files.readAllBytes(batch.resolve("strategies/summary.json"));
    // As a batch killed while it wrote strategies' results leaves it: no folder, a hidden
    // temporary beside it.
    Path kept = batch.resolve("minimal/summary.json");
    FileTime before = Files.getLastModifiedTime(kept);
    deleteTree(batch.resolve("strategies"));
    Files.createDirectories(batch.resolve(".strategies.tmp-123"));
    Cli.Outcome again =
        Cli.run(args("batch", List.of(dir.toString()), "--out", batch.toString(), "--resume"));
    assertEquals(ExitCode.OK, again.code(), again.toString());
    assertTrue(again.out().contains("minimal: complete in"), again.out());
    assertTrue(again.out().contains("batch: 1 ran, 1 kept (complete)"), again.out());
    assertEquals(before, Files.getLastModifiedTime(kept), "kept, not rewritten");
    assertArrayEquals(strategies, Files.readAllBytes(batch.resolve("strategies/summary.json")));
    List<Map<String, String>> rows = csv(batch.resolve("batch.csv"));
    assertEquals("complete", rows.get(0).get("status"));
    assertEquals("ok", rows.get(1).get("status"));
    // Other overrides make a folder stale: it is run again.
    Cli.Outcome changed =
        Cli.run(
            "batch",
            dir.toString(),
            "--duration",
            "35m",
            "--replications",
            "2",
            "--out",
            batch.toString(),
            "--resume");
    assertEquals(ExitCode.OK, changed.code(), changed.toString());
    assertTrue(changed.out().contains("batch: 2 ran, 0 kept"), changed.out());
  }

  @Test
  void aNonEmptyFolderNeedsResume() throws Exception {
    Path batch = Files.createDirectories(tmp.resolve("batch"));
    Files.writeString(batch.resolve("x"), "x");
    Cli.Outcome o =
        Cli.run(args("batch", List.of("scenarios/minimal.yaml"), "--out", batch.toString()));
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("add --resume"), o.err());
  }

  private static void deleteTree(Path p) throws Exception {
    try (var s = Files.walk(p)) {
      for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private static List<Map<String, String>> csv(Path file) throws Exception {
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      return it.readAll();
    }
  }
}
