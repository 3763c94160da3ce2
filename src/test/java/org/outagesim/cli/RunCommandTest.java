package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** {@code outagesim run} end to end: the real loader, simulator and writers. */
class RunCommandTest {

  private static final List<String> RESULT_FILES =
      List.of("replications.csv", "summary.csv", "summary.json", "timeseries.csv");

  @TempDir Path tmp;

  private Path scenario() throws Exception {
    return Cli.write(tmp, "small.yaml", Cli.SMALL);
  }

  private Cli.Outcome run(String... extra) throws Exception {
    String[] args = new String[2 + extra.length];
    args[0] = "run";
    args[1] = scenario().toString();
    System.arraycopy(extra, 0, args, 2, extra.length);
    return Cli.run(args);
  }

  @Test
  void oneAndTwoThreadsGiveByteIdenticalResults() throws Exception {
    Cli.Outcome one = run("--threads", "1", "--out", tmp.resolve("one").toString(), "--quiet");
    Cli.Outcome two = run("--threads", "2", "--out", tmp.resolve("two").toString(), "--quiet");
    assertEquals(ExitCode.OK, one.code(), one.toString());
    assertEquals(ExitCode.OK, two.code(), two.toString());
    for (String f : RESULT_FILES) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("one").resolve(f)),
          Files.readAllBytes(tmp.resolve("two").resolve(f)),
          f);
    }
  }

  @Test
  void jsonPrintsOnlySummaryJson() throws Exception {
    Cli.Outcome o = run("--json", "--threads", "2", "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    JsonNode doc = new ObjectMapper().readTree(o.out());
    assertEquals("small", doc.get("scenario").asText());
    assertEquals(2, doc.get("tenants").size());
    assertEquals("all", doc.get("all").get("tenant").asText());
    assertEquals(Files.readString(tmp.resolve("out/summary.json")), o.out());
  }

  @Test
  void oneReplicationIsSingularAndWarnedAbout() throws Exception {
    Cli.Outcome o = run("--replications", "1", "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertTrue(o.out().startsWith("small: 1 replication, seed 7,"), o.toString());
    assertTrue(
        o.err().startsWith("warning: Only 1 replication: no confidence interval can be formed"),
        o.toString());
  }

  @Test
  void quietPrintsNothing() throws Exception {
    Cli.Outcome o = run("--quiet", "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertEquals("", o.out());
    assertEquals("", o.err());
    assertTrue(Files.exists(tmp.resolve("out/manifest.json")));
  }

  @Test
  void summaryShowsLostTransactionsAndRevenuePerTenantAndTheFolder() throws Exception {
    Path out = tmp.resolve("out");
    Cli.Outcome o = run("--out", out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertTrue(o.out().startsWith("small: 2 replications, seed 7, horizon 30m\n"), o.toString());
    assertTrue(o.out().contains("lost transactions"), o.toString());
    assertTrue(o.out().contains("  shop "), o.toString());
    assertTrue(o.out().contains("  blog "), o.toString());
    assertTrue(o.out().contains("  all tenants "), o.toString());
    assertTrue(
        o.out()
            .endsWith(
                "results: "
                    + out.toAbsolutePath()
                    + "\nreport:  "
                    + out.toAbsolutePath().resolve("report.html")
                    + "\n"),
        o.toString());
    assertTrue(Files.isRegularFile(out.resolve("report.html")), "the printed report exists");
    assertEquals(
        "warning: Only 2 replications: the 95% intervals are wide and say little (Student-t factor 12.7); "
            + "use at least 5 (--replications 5 or more).\n",
        o.err());
  }

  @Test
  void optionOverridesAreAppliedAndRecordedInTheManifest() throws Exception {
    Cli.Outcome o =
        run(
            "--replications",
            "3",
            "--seed",
            "5",
            "--duration",
            "20m",
            "--quiet",
            "--out",
            tmp.resolve("out").toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    JsonNode m = new ObjectMapper().readTree(tmp.resolve("out/manifest.json").toFile());
    assertEquals(3, m.get("replications").asInt());
    assertEquals(5, m.get("seed").asLong());
    assertEquals(1200, m.get("scenario").get("duration_s").asInt());
    assertEquals("replications=3", m.get("overrides").get(0).asText());
    assertEquals(64, m.get("scenario_sha256").asText().length());
    assertEquals(1 + 3 * 2, Files.readAllLines(tmp.resolve("out/replications.csv")).size());
  }

  @Test
  void forceReplacesANonEmptyOutFolder() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("old.txt"), "old");
    Cli.Outcome o = run("--out", out.toString(), "--force", "--quiet");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertFalse(Files.exists(out.resolve("old.txt")));
    assertTrue(Files.exists(out.resolve("summary.csv")));
  }

  @Test
  void invalidOverrideIsBadInput() throws Exception {
    Cli.Outcome o = run("--replications", "0", "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertFalse(o.err().contains("\tat "), o.toString());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void sweepFileIsRecognisedAndTheSweepCommandNamed() {
    String f = "scenarios/sweeps/standby-lhs.yaml";
    Cli.Outcome o = Cli.run("run", f, "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals(f + ": this is a sweep file: run `outagesim sweep " + f + "`\n", o.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void problemsWithTheValueOfAnOptionNameTheOptionTyped() throws Exception {
    Cli.Outcome o =
        run(
            "--replications",
            "0",
            "--seed",
            "-5",
            "--duration",
            "30",
            "--set",
            "dns.resolvers=0",
            "--out",
            tmp.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals(
        """
        --duration: expected a duration like 30s, 5m or 1h30m, got '30'
        --replications: must be a positive integer, got 0
        --seed: must be a non-negative integer, got -5
        --set: dns.resolvers: must be a positive integer, got 0
        """,
        o.err());
  }

  @Test
  void anOptionValueThatIsNotYamlNamesTheOption() throws Exception {
    Cli.Outcome o = run("--duration", "[2h", "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals("--duration: invalid value: expected ',' or ']', but got <stream end>\n", o.err());
  }
}
