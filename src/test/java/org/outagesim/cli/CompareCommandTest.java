package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outagesim compare} end to end on a hard outage: the whole primary region is unreachable
 * for D = 20 minutes, sessions have one page, every session intends to buy (conversion 1) and
 * nobody retries, so a single-region tenant loses every session that arrives during the outage:
 * Poisson(λ·D) sessions, a mean loss of λ·D·orderValue per incident.
 */
class CompareCommandTest {

  private static final double RATE = 5;
  private static final double OUTAGE_S = 1200;
  private static final double ORDER = 1000;

  private static final String SCENARIO =
      """
      name: hard
      start: 2018-11-22T06:00:00+09:00
      duration: 40m
      replications: 8
      seed: 7
      currency: KRW
      incidentsPerYear: 0.5
      regions: [ { id: r1 }, { id: r2 } ]
      dns: { clientCacheTtl: 0s }
      faults:
        - { type: region-outage, region: r1, at: 10m, duration: 20m }
      designs:
        deep-fast: { strategy: active-passive, healthCheck: { interval: 10s, threshold: 2, deep: true } }
      tenants:
        - id: shop
          traffic: { sessionsPerSecond: 5 }
          session: { pages: 1, conversion: 1, orderValue: 1000 }
          client: { retries: 0 }
          user: { retries: 0, returnProbability: 0 }
          capacity: { servers: 10 }
          cost: { serverHour: 2, regionMonthly: 1000, healthCheckMonthly: 10 }
          deployment: { strategy: single-region, primary: r1 }
      """;

  @TempDir Path tmp;

  @Test
  void lossPerIncidentIsRateTimesOutageTimesOrderValue() throws Exception {
    Path scenario = Cli.write(tmp, "hard.yaml", SCENARIO);
    Path out = tmp.resolve("out");
    Cli.Outcome o =
        Cli.run(
            "compare",
            scenario.toString(),
            "--tenants",
            "shop",
            "--designs",
            "single-region,deep-fast",
            "--secondary",
            "r2",
            "--no-charts",
            "--out",
            out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertTrue(o.out().contains("shop: "), o.out());

    Map<String, Map<String, String>> rows = decisionRows(out);
    Map<String, String> current = rows.get("current");
    double mean = Double.parseDouble(current.get("loss_per_incident"));
    double half = Double.parseDouble(current.get("loss_per_incident_ci95_half_width"));
    double expected = RATE * OUTAGE_S * ORDER; // 6,000,000
    // 99% interval from the reported 95% one (8 replications: t quantiles with 7 degrees).
    TDistribution t = new TDistribution(7);
    double half99 =
        half * t.inverseCumulativeProbability(0.995) / t.inverseCumulativeProbability(0.975);
    assertEquals(expected, mean, half99, "λ·D·orderValue inside the 99% interval");
    assertTrue(half < 0.02 * expected, "the interval is narrow enough to mean something: " + half);

    assertEquals(0.5 * mean, Double.parseDouble(current.get("expected_annual_loss")), 1e-6 * mean);
    // 10 servers × 8,760 h × 2 + 12 × 1,000 = 187,200
    assertEquals(187_200, Double.parseDouble(current.get("annual_cost")), 1e-9);
    Map<String, String> deep = rows.get("deep-fast");
    // 20 × 8,760 × 2 + 12 × (2 × 1,000 + 10) = 374,520
    assertEquals(374_520, Double.parseDouble(deep.get("annual_cost")), 1e-9);
    double saved = mean - Double.parseDouble(deep.get("loss_per_incident"));
    assertTrue(saved > 0.5 * expected, "a deep check moves traffic within a minute or two");
    assertEquals(
        (374_520 - 187_200) / saved,
        Double.parseDouble(deep.get("break_even_incidents_per_year")),
        1e-9 * 374_520 / saved);
    assertEquals("", current.get("break_even_incidents_per_year"), "no break-even with itself");
    assertEquals(
        current.get("loss_per_incident"),
        rows.get("single-region").get("loss_per_incident"),
        "the single-region preset is what the tenant runs: the same numbers");
    double sum = 0;
    for (Map<String, String> r : rows.values()) {
      sum += Double.parseDouble(r.get("probability_best"));
    }
    assertEquals(1, sum, 1e-9);

    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("<h2>Decision</h2>"), "the report has the decision");
    assertTrue(report.contains("deep-fast (lowest total)"), "the best design is marked");
    assertTrue(report.contains("<h3>shop</h3>"), "one table per tenant");

    JsonNode json = new ObjectMapper().readTree(out.resolve("decision.json").toFile());
    assertEquals("deep-fast", json.get("tenants").get(0).get("best").asText());
    assertTrue(
        json.get("tenants").get(0).get("sentence").asText().startsWith("shop: deep-fast lowers"));
  }

  /**
   * With charts: each tenant's decision chart in PNG and SVG, embedded once in the report, in the
   * Decision section and not again among the other charts; {@code chart DIR} redraws it byte for
   * byte.
   */
  @Test
  void theDecisionChartIsDrawnAndEmbeddedInTheDecisionSection() throws Exception {
    Path scenario = Cli.write(tmp, "hard.yaml", SCENARIO);
    Path out = tmp.resolve("out");
    Cli.Outcome o =
        Cli.run(
            "compare",
            scenario.toString(),
            "--tenants",
            "shop",
            "--designs",
            "deep-fast",
            "--secondary",
            "r2",
            "--replications",
            "3",
            "--quiet",
            "--out",
            out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    Path png = out.resolve("charts/decision-shop.png");
    Path svg = out.resolve("charts/decision-shop.svg");
    assertTrue(Files.size(png) > 1000 && Files.size(svg) > 1000, "both files drawn");
    assertTrue(Files.readString(svg).contains("deep-fast (lowest total)"), "labelled");
    String report = Files.readString(out.resolve("report.html"));
    int decision = report.indexOf("<section id=\"decision\">");
    int points = report.indexOf("<section id=\"points\">");
    int figure = report.indexOf("decision-shop.png");
    assertTrue(
        decision >= 0 && decision < figure && figure < points, "inside the Decision section");
    assertEquals(figure, report.lastIndexOf("decision-shop.png"), "shown once");
    assertTrue(report.contains("sweep-revenue_lost.png"), "the sweep charts stay in Charts");

    byte[] before = Files.readAllBytes(png);
    assertEquals(ExitCode.OK, Cli.run("chart", out.toString()).code());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(png)), "redrawn byte for byte");
  }

  /**
   * Common random numbers: the sessions that arrive before the failover are the same in both
   * designs, so the per-replication difference of lost transactions varies less than either design:
   * the paired half-width (sweep-differences.csv) is narrower than the unpaired Welch one.
   */
  @Test
  void pairedDifferencesAreNarrowerThanUnpaired() throws Exception {
    Path scenario = Cli.write(tmp, "hard.yaml", SCENARIO);
    Path out = tmp.resolve("crn");
    Cli.Outcome o =
        Cli.run(
            "compare",
            scenario.toString(),
            "--tenants",
            "*",
            "--designs",
            "active-passive-manual",
            "--secondary",
            "r2",
            "--no-charts",
            "--quiet",
            "--out",
            out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    List<String> lines = Files.readAllLines(out.resolve("sweep-differences.csv"));
    List<String> header = List.of(lines.get(0).split(",", -1));
    String row =
        lines.stream()
            .filter(l -> l.startsWith("1,active-passive-manual,shop,transactions_lost,"))
            .findFirst()
            .orElseThrow();
    List<String> cells = List.of(row.split(",", -1));
    double paired = Double.parseDouble(cells.get(header.indexOf("difference_ci95_half_width")));
    double unpaired = Double.parseDouble(cells.get(header.indexOf("unpaired_ci95_half_width")));
    assertTrue(paired < 0.8 * unpaired, "paired " + paired + " vs unpaired " + unpaired);
  }

  @Test
  void badInputIsReportedAtOnceAndNothingIsWritten() throws Exception {
    Path scenario = Cli.write(tmp, "hard.yaml", SCENARIO);
    Path out = tmp.resolve("bad");
    Cli.Outcome o =
        Cli.run(
            "compare",
            scenario.toString(),
            "--tenants",
            "shop,shoq",
            "--designs",
            "active-pasive-deep,active-active",
            "--incidents-per-year",
            "-1",
            "--out",
            out.toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("--tenants: unknown tenant 'shoq', did you mean 'shop'?"), o.err());
    assertTrue(
        o.err()
            .contains("unknown design 'active-pasive-deep', did you mean 'active-passive-deep'?"),
        o.err());
    assertTrue(o.err().contains("design 'active-active' needs a secondary region"), o.err());
    assertTrue(o.err().contains("--incidents-per-year"), o.err());
    assertFalse(o.err().contains("Exception"), o.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void aSecondaryEqualToThePrimaryIsRefused() throws Exception {
    Path scenario = Cli.write(tmp, "hard.yaml", SCENARIO);
    Cli.Outcome o =
        Cli.run(
            "compare",
            scenario.toString(),
            "--tenants",
            "shop",
            "--designs",
            "active-passive-deep",
            "--secondary",
            "r1",
            "--out",
            tmp.resolve("x").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("the secondary must differ from the primary"), o.err());
    assertFalse(Files.exists(tmp.resolve("x")));
  }

  @Test
  void badKeysOfTheScenarioAndTheComparisonFileNameFileLineAndKey() throws Exception {
    Cli.write(
        tmp,
        "costly.yaml",
        SCENARIO
            .replace("serverHour: 2", "serverHour: -2")
            .replace("incidentsPerYear: 0.5", "incidentsPerYear: -0.5"));
    Path file =
        Cli.write(
            tmp,
            "cmp.yaml",
            """
            scenario: costly.yaml
            compare:
              tenants: [shop]
              designs: [deep-fast, single-regoin]
              secundary: r2
            """);
    Cli.Outcome o = Cli.run("compare", file.toString(), "--out", tmp.resolve("y").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("cmp.yaml:5: compare: unknown key 'secundary'"), o.err());
    assertTrue(o.err().contains("costly.yaml:7: incidentsPerYear"), o.err());
    assertTrue(o.err().contains("tenants[0].cost.serverHour"), o.err());
    assertFalse(Files.exists(tmp.resolve("y")));
  }

  /** A resumed or single-threaded comparison writes the same decision, byte for byte. */
  @Test
  void theDecisionDoesNotDependOnThreadsOrResume() throws Exception {
    Path scenario = Cli.write(tmp, "hard.yaml", SCENARIO);
    String[] common = {
      "compare",
      scenario.toString(),
      "--tenants",
      "shop",
      "--designs",
      "deep-fast",
      "--secondary",
      "r2",
      "--replications",
      "3",
      "--no-charts",
      "--quiet"
    };
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertEquals(
        ExitCode.OK, Cli.run(with(common, "--threads", "1", "--out", one.toString())).code());
    assertEquals(
        ExitCode.OK, Cli.run(with(common, "--threads", "2", "--out", two.toString())).code());
    for (String f : List.of("decision.csv", "decision.json", "sweep.csv", "sweep-summary.csv")) {
      assertEquals(Files.readString(one.resolve(f)), Files.readString(two.resolve(f)), f);
    }
    String before = Files.readString(two.resolve("decision.csv"));
    Files.delete(two.resolve("decision.csv"));
    Cli.Outcome resumed = Cli.run(with(common, "--resume", "--out", two.toString()));
    assertEquals(ExitCode.OK, resumed.code(), resumed.toString());
    assertEquals(before, Files.readString(two.resolve("decision.csv")));
  }

  @Test
  void scenarioDesignsAreCheckedWhenTheScenarioLoads() throws Exception {
    Path scenario =
        Cli.write(
            tmp,
            "designs.yaml",
            SCENARIO.replace(
                "deep-fast: { strategy: active-passive,",
                "current: { strategy: single-region }\n  deep-fast: { strategy: active-pasive, primary: r1,"));
    Cli.Outcome o = Cli.run("validate", scenario.toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("the name 'current' is reserved"), o.err());
    assertTrue(o.err().contains("designs.deep-fast.strategy"), o.err());
    assertTrue(o.err().contains("designs.deep-fast: unknown key 'primary'"), o.err());
  }

  private static String[] with(String[] base, String... more) {
    String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  private static Map<String, Map<String, String>> decisionRows(Path out) throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("decision.csv"));
    String[] header = lines.get(0).split(",", -1);
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.put(row.get("design"), row);
    }
    return rows;
  }
}
