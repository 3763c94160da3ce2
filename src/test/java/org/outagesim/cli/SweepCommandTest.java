package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outagesim sweep} and {@code run --precision} end to end, in a temporary folder. */
class SweepCommandTest {

  @TempDir Path tmp;

  private Path scenario() throws Exception {
    return Cli.write(tmp, "small.yaml", Cli.SMALL);
  }

  @Test
  void consoleShowsOneLinePerPointWithTheSummaryOfAllTenants() throws Exception {
    Path out = tmp.resolve("table");
    Cli.Outcome o =
        Cli.run(
            "sweep",
            scenario().toString(),
            "--vary",
            "tenants[shop].deployment.ttl=10s,60s",
            "--replications",
            "2",
            "--out",
            out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    List<String> lines = o.out().lines().toList();
    assertTrue(
        lines
            .get(1)
            .matches(
                "\\s*point\\s+tenants\\[shop\\]\\.deployment\\.ttl\\s+transactions_lost\\s+revenue_lost"),
        o.out());
    List<String> summary = Files.readAllLines(out.resolve("sweep-summary.csv"));
    for (int point = 0; point < 2; point++) {
      String line = lines.get(2 + point);
      assertTrue(
          line.matches("\\s*" + point + "\\s+" + (point == 0 ? "10s" : "60s") + "\\s+.*"), line);
      String prefix = point + ",";
      String all =
          summary.stream()
              .filter(l -> l.startsWith(prefix) && l.contains(",all,"))
              .findFirst()
              .orElseThrow();
      String mean =
          all.split(",", -1)[
              List.of(summary.get(0).split(",", -1)).indexOf("transactions_lost_mean")];
      String shown = String.format(java.util.Locale.ROOT, "%,.1f", Double.parseDouble(mean));
      assertTrue(
          line.contains(shown), "mean " + shown + " of sweep-summary.csv on the console: " + line);
    }
    assertTrue(o.out().endsWith("report:  " + out.resolve("report.html") + "\n"), o.out());
    Cli.Outcome quiet =
        Cli.run(
            "sweep",
            scenario().toString(),
            "--vary",
            "tenants[shop].deployment.ttl=10s,60s",
            "--replications",
            "2",
            "--out",
            tmp.resolve("quiet").toString(),
            "--quiet");
    assertEquals("", quiet.out());
  }

  @Test
  void durationParametersGetASecondsColumnInEverySweepFile() throws Exception {
    Path out = tmp.resolve("numeric");
    Cli.Outcome o =
        Cli.run(
            "sweep",
            scenario().toString(),
            "--vary",
            "tenants[shop].deployment.ttl=10s,2m",
            "--vary",
            "tenants[shop].client.retries=0,1",
            "--replications",
            "2",
            "--out",
            out.toString(),
            "--quiet");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    String ttl = "tenants[shop].deployment.ttl";
    for (String file : List.of("sweep.csv", "sweep-summary.csv", "sweep-differences.csv")) {
      List<String> lines = Files.readAllLines(out.resolve(file));
      List<String> header = List.of(lines.get(0).split(","));
      assertEquals(
          List.of("point", ttl, "tenants[shop].client.retries", ttl + "_s"),
          header.subList(0, 4),
          file);
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        String expected = cells[1].equals("10s") ? "10" : cells[1].equals("2m") ? "120" : "?";
        assertEquals(expected, cells[3], file + ": " + line);
      }
    }
    Cli.Outcome resumed =
        Cli.run(
            "sweep",
            scenario().toString(),
            "--vary",
            "tenants[shop].deployment.ttl=10s,2m",
            "--vary",
            "tenants[shop].client.retries=0,1",
            "--replications",
            "2",
            "--out",
            out.toString(),
            "--quiet",
            "--resume");
    assertEquals(ExitCode.OK, resumed.code(), "resume reads the new layout back: " + resumed);
    try (var charts = Files.list(out.resolve("charts"))) {
      assertTrue(
          charts.noneMatch(p -> p.getFileName().toString().contains("_s")),
          "the seconds column is not charted as a parameter of its own");
    }
  }

  @Test
  void varyOnTheCommandLineWritesTheSweepFilesChartsAndReport() throws Exception {
    Path out = tmp.resolve("sweep");
    Cli.Outcome o =
        Cli.run(
            "sweep",
            scenario().toString(),
            "--vary",
            "tenants[shop].deployment.ttl=10s,60s",
            "--replications",
            "2",
            "--out",
            out.toString(),
            "--quiet",
            "--threads",
            "2");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    for (String f :
        List.of(
            "sweep.csv",
            "sweep-summary.csv",
            "sweep-differences.csv",
            "manifest.json",
            "report.html",
            "charts/sweep-transactions_lost.png")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    // 2 points × 2 replications × (2 tenants + all) rows and a header.
    assertEquals(1 + 2 * 2 * 3, Files.readAllLines(out.resolve("sweep.csv")).size());
  }

  @Test
  void anUnknownPathInVaryIsBadInputNamingThePath() throws Exception {
    Cli.Outcome o =
        Cli.run(
            "sweep",
            scenario().toString(),
            "--vary",
            "tenants[nosuch].deployment.ttl=10s,60s",
            "--out",
            tmp.resolve("x").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("nosuch"), o.toString());
    assertFalse(o.err().contains("\tat org."), "no stack trace: " + o);
  }

  @Test
  void resumeNeedsTheFolderOfTheSweep() throws Exception {
    Cli.Outcome o =
        Cli.run(
            "sweep",
            scenario().toString(),
            "--vary",
            "tenants[shop].deployment.ttl=10s,60s",
            "--resume");
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("--resume needs the --out folder"), o.toString());
  }

  @Test
  void runWithPrecisionAddsReplicationsAndSaysSoInTheManifest() throws Exception {
    Path out = tmp.resolve("run");
    Cli.Outcome o =
        Cli.run(
            "run",
            scenario().toString(),
            "--precision",
            "0.2",
            "--max-replications",
            "8",
            "--out",
            out.toString(),
            "--quiet",
            "--no-charts");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    JsonNode p = m.get("precision");
    assertEquals("transactions_lost", p.get("metric").asText());
    int n = m.get("replications").asInt();
    assertTrue(n >= 2 && n <= 8, "replications " + n);
    boolean reached = p.get("reached").asBoolean();
    double mean = p.get("mean").asDouble();
    double half = p.get("half_width").asDouble();
    assertEquals(half <= 0.2 * Math.abs(mean), reached, m.toPrettyString());
    assertTrue(
        reached || n == 8, "stopped early without reaching the target: " + m.toPrettyString());
  }

  @Test
  void optionsOfACommandLineGridAreRefusedWithASweepFile() throws Exception {
    Path sweep =
        Cli.write(tmp, "sweep.yaml", "scenario: small.yaml\nvary:\n  replications: [2, 3]\n");
    scenario();
    Cli.Outcome o =
        Cli.run(
            "sweep", sweep.toString(), "--replications", "4", "--out", tmp.resolve("s").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("go with --vary"), o.toString());
  }

  @Test
  void scenarioWithoutVaryIsToldWhatASweepNeeds() {
    String f = "scenarios/minimal.yaml";
    Cli.Outcome o = Cli.run("sweep", f, "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals(
        f
            + ": this is a scenario file: a scenario needs --vary PATH=V1,V2,..."
            + " (like --vary 'tenants[*].deployment.ttl=10s,60s') or a sweep file that names it\n",
        o.err());
  }
}
