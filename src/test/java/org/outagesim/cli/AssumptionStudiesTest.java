package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sensitivity} and {@code run --uncertainty} end to end on a hard outage: the whole region
 * is unreachable for D seconds, sessions have one page, every session buys (conversion 1) and
 * nobody retries, so the lost transactions are the Poisson(λ·D) sessions arriving during the
 * outage. The outage's duration D is uncertain; the tenant's server price is uncertain too but the
 * simulation never reads it.
 */
class AssumptionStudiesTest {

  private static final double RATE = 5;

  private static String scenario(String durationRange) {
    return """
        name: hard
        start: 2018-11-22T06:00:00+09:00
        duration: 45m
        replications: 8
        seed: 11
        currency: KRW
        regions: [ { id: r1 } ]
        dns: { clientCacheTtl: 0s }
        faults:
          - { type: region-outage, region: r1, at: 5m, duration: 20m }
        tenants:
          - id: shop
            traffic: { sessionsPerSecond: 5 }
            session: { pages: 1, conversion: 1, orderValue: 1000 }
            client: { retries: 0 }
            user: { retries: 0, returnProbability: 0 }
            capacity: { servers: 10 }
            cost: { serverHour: 2 }
            deployment: { strategy: single-region, primary: r1 }
        uncertain:
          faults[0].duration: { uniform: %s }
          tenants[*].cost.serverHour: { uniform: [1, 10] }
        """
        .formatted(durationRange);
  }

  @TempDir Path tmp;

  /** The sensitivity.json rows by parameter, for one metric. */
  private static Map<String, JsonNode> swings(Path folder, String metric) throws Exception {
    JsonNode json = new ObjectMapper().readTree(folder.resolve("sensitivity.json").toFile());
    Map<String, JsonNode> out = new HashMap<>();
    json.path("swings")
        .forEach(
            r -> {
              if (r.path("metric").asText().equals(metric)) {
                out.put(r.path("parameter").asText(), r);
              }
            });
    return out;
  }

  private static double t99(int replications) {
    TDistribution t = new TDistribution(replications - 1);
    return t.inverseCumulativeProbability(0.995) / t.inverseCumulativeProbability(0.975);
  }

  /**
   * D ~ U[10m, 30m]: its 5th and 95th percentiles are 11m and 29m, so the swing of lost
   * transactions is λ · 18 min = 5,400, inside its 99% paired interval; the server price changes
   * nothing, so its swing is exactly 0 (same random numbers, same run).
   */
  @Test
  void tornadoSwingIsRateTimesTheDurationsRangeAndAnIgnoredValueSwingsNothing() throws Exception {
    Path file = Cli.write(tmp, "hard.yaml", scenario("[10m, 30m]"));
    Path out = tmp.resolve("oat");
    Cli.Outcome o =
        Cli.run(
            "sensitivity",
            file.toString(),
            "--metric",
            "transactions_lost",
            "--out",
            out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    Map<String, JsonNode> rows = swings(out, "transactions_lost");
    JsonNode d = rows.get("faults[0].duration");
    assertEquals("660s", d.path("low").asText());
    assertEquals("1740s", d.path("high").asText());
    double expected = RATE * (1740 - 660);
    double swing = d.path("swing").asDouble();
    double half = d.path("swing_half_width").asDouble();
    assertEquals(expected, swing, half * t99(8), "λ·(D₂ − D₁) inside the 99% paired interval");
    assertTrue(half < 0.1 * expected, "an interval that says something: " + half);
    JsonNode price = rows.get("tenants[*].cost.serverHour");
    assertEquals(0, price.path("swing").asDouble(), 0.0);
    assertEquals(0, price.path("swing_half_width").asDouble(), 0.0);

    List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
    assertEquals(
        "parameter,metric,low,high,value_low,value_high,swing,swing_half_width", csv.get(0));
    assertTrue(
        csv.get(1).startsWith("faults[0].duration,transactions_lost,660s,1740s,"), csv.get(1));
    assertTrue(Files.size(out.resolve("charts/tornado-transactions_lost.png")) > 1000);
    assertTrue(Files.size(out.resolve("charts/tornado-transactions_lost.svg")) > 1000);
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("<h2>What matters most</h2>"));
    assertEquals(1, count(report, "tornado-transactions_lost.png"), "the tornado is shown once");
    assertTrue(o.out().contains("faults[0].duration"), o.out());
  }

  /**
   * With D ~ U[19m, 21m] both ends share 19 of their 21 minutes of arrivals, so the paired swing
   * (Var = λ · 108 s) is far narrower than the unpaired one (Var = λ · (1,146 + 1,254) s): about
   * 0.21 of it. Checked with room: below half.
   */
  @Test
  void commonRandomNumbersMakeThePairedSwingNarrowerThanTheUnpaired() throws Exception {
    Path file = Cli.write(tmp, "narrow.yaml", scenario("[19m, 21m]"));
    Path out = tmp.resolve("narrow");
    Cli.Outcome o =
        Cli.run(
            "sensitivity",
            file.toString(),
            "--metric",
            "transactions_lost",
            "--replications",
            "20",
            "--no-charts",
            "--quiet",
            "--out",
            out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    JsonNode d = swings(out, "transactions_lost").get("faults[0].duration");
    double paired = d.path("swing_half_width").asDouble();
    double unpaired = d.path("swing_unpaired_half_width").asDouble();
    assertTrue(paired < 0.5 * unpaired, paired + " vs " + unpaired);
  }

  /** Morris: the duration's μ* is λ·(18 min range of the grid) per unit, the price's exactly 0. */
  @Test
  void morrisRanksTheDurationFirstAndTheIgnoredValueAtZero() throws Exception {
    Path file = Cli.write(tmp, "hard.yaml", scenario("[10m, 30m]"));
    Path out = tmp.resolve("morris");
    Cli.Outcome o =
        Cli.run(
            "sensitivity",
            file.toString(),
            "--method",
            "morris",
            "--trajectories",
            "4",
            "--replications",
            "4",
            "--metric",
            "transactions_lost",
            "--quiet",
            "--out",
            out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    List<String> lines = Files.readAllLines(out.resolve("morris.csv"));
    assertEquals("parameter,metric,mu_star,mu,sigma,rank,effects", lines.get(0));
    String[] first = lines.get(1).split(",", -1);
    String[] second = lines.get(2).split(",", -1);
    assertEquals("faults[0].duration", first[0]);
    assertEquals("1", first[5]);
    // A unit step is the 5th-to-95th-percentile range, 18 min: λ · 1,080 s = 5,400 per unit. The
    // noise of a step's difference (4 replications, Poisson of λ·Δ·1,080 s) is about 70 / Δ.
    assertEquals(RATE * 1080, Double.parseDouble(first[2]), 0.05 * RATE * 1080);
    assertEquals("tenants[*].cost.serverHour", second[0]);
    assertEquals(0, Double.parseDouble(second[2]), 0.0, "μ* of a value the model ignores");
    assertEquals("4", second[6], "one effect per trajectory");
    assertTrue(Files.exists(out.resolve("charts/morris-transactions_lost.png")));
  }

  /**
   * run --uncertainty: lost ∝ D with D ~ U[10m, 30m], so the assumptions' standard deviation is λ ·
   * 1,200 s / √12 = 1,732 transactions and the samples' mean λ · 20 min = 6,000. A Latin hypercube
   * of 20 samples stratifies D, so its sample standard deviation is within a few percent of the
   * closed form: checked within 5%, the mean within 2%, and the 5th and 95th percentiles (3,300 and
   * 8,700) within one stratum, λ · 60 s = 300.
   */
  @Test
  void theAssumptionsRangeAndVarianceComponentMatchTheClosedForm() throws Exception {
    Path file = Cli.write(tmp, "hard.yaml", scenario("[10m, 30m]"));
    Path out = tmp.resolve("run");
    Cli.Outcome o =
        Cli.run(
            "run",
            file.toString(),
            "--uncertainty",
            "20",
            "--replications",
            "4",
            "--no-charts",
            "--out",
            out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    Map<String, String> all = uncertaintyRow(out, "all", "transactions_lost");
    assertEquals(
        RATE * 1200 / Math.sqrt(12),
        Double.parseDouble(all.get("assumption_sd")),
        0.05 * RATE * 1200 / Math.sqrt(12));
    assertEquals(6000, Double.parseDouble(all.get("mean")), 0.02 * 6000);
    assertEquals(3300, Double.parseDouble(all.get("p5")), 300);
    assertEquals(8700, Double.parseDouble(all.get("p95")), 300);
    // The noise: the pooled within-sample standard deviation, recomputed from the samples' rows.
    assertEquals(
        pooledWithinSd(out.resolve("uncertainty/sweep.csv"), 20, 4),
        Double.parseDouble(all.get("noise_sd")),
        1e-9 * Double.parseDouble(all.get("noise_sd")));
    assertTrue(
        Double.parseDouble(all.get("noise_sd"))
            < 0.1 * Double.parseDouble(all.get("assumption_sd")),
        "here the assumptions dominate");
    double base = Double.parseDouble(all.get("base_mean"));
    double baseHalf = Double.parseDouble(all.get("base_half_width"));
    assertEquals(RATE * 1200, base, baseHalf * t99(4), "the base case, D = 20 min");

    assertTrue(o.out().contains("given the assumptions (90%)"), o.out());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertTrue(
        summary
            .path("uncertainty")
            .path("headlines")
            .path("transactions_lost")
            .asText()
            .contains("lost transactions (± "),
        summary.path("uncertainty").toString());
    assertTrue(Files.readString(out.resolve("report.html")).contains("How sure is the answer"));
    List<String> header = Files.readAllLines(out.resolve("uncertainty.csv"));
    assertEquals(
        "tenant,metric,base_mean,base_half_width,mean,p5,p95,assumption_sd,noise_sd",
        header.get(0));
  }

  /** The same files for one thread and two, and after resuming a finished study. */
  @Test
  void resultsDoNotDependOnThreadsOrResume() throws Exception {
    Path file = Cli.write(tmp, "hard.yaml", scenario("[10m, 30m]"));
    List<String> base =
        List.of("--uncertainty", "5", "--replications", "3", "--no-charts", "--quiet");
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertEquals(ExitCode.OK, Cli.run(args("run", file, base, "--threads", "1", one)).code());
    assertEquals(ExitCode.OK, Cli.run(args("run", file, base, "--threads", "2", two)).code());
    assertEquals(
        Files.readString(one.resolve("uncertainty.csv")),
        Files.readString(two.resolve("uncertainty.csv")));
    assertEquals(
        Files.readString(one.resolve("uncertainty/sweep.csv")),
        Files.readString(two.resolve("uncertainty/sweep.csv")));
    List<String> resumed = new ArrayList<>(base);
    resumed.add("--resume");
    Cli.Outcome r = Cli.run(args("run", file, resumed, "--threads", "2", one));
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertEquals(
        Files.readString(two.resolve("uncertainty.csv")),
        Files.readString(one.resolve("uncertainty.csv")));

    Path s1 = tmp.resolve("s1");
    Path s2 = tmp.resolve("s2");
    List<String> oat = List.of("--replications", "3", "--no-charts", "--quiet");
    assertEquals(ExitCode.OK, Cli.run(args("sensitivity", file, oat, "--threads", "1", s1)).code());
    assertEquals(ExitCode.OK, Cli.run(args("sensitivity", file, oat, "--threads", "2", s2)).code());
    assertEquals(
        Files.readString(s1.resolve("sensitivity.csv")),
        Files.readString(s2.resolve("sensitivity.csv")));
  }

  @Test
  void aScenarioWithoutUncertainValuesIsRefusedBeforeAnythingRuns() throws Exception {
    Path file =
        Cli.write(tmp, "plain.yaml", scenario("[10m, 30m]").replaceAll("(?s)uncertain:.*", ""));
    Path out = tmp.resolve("none");
    Cli.Outcome o = Cli.run("sensitivity", file.toString(), "--out", out.toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("declares no uncertain values"), o.err());
    Cli.Outcome r = Cli.run("run", file.toString(), "--uncertainty", "4", "--out", out.toString());
    assertEquals(ExitCode.BAD_INPUT, r.code(), r.toString());
    assertFalse(Files.exists(out), "nothing written");
  }

  private static String[] args(
      String command, Path file, List<String> rest, String o, String v, Path out) {
    List<String> a = new ArrayList<>(List.of(command, file.toString()));
    a.addAll(rest);
    a.add(o);
    a.add(v);
    a.add("--out");
    a.add(out.toString());
    return a.toArray(new String[0]);
  }

  private static Map<String, String> uncertaintyRow(Path folder, String tenant, String metric)
      throws Exception {
    List<String> lines = Files.readAllLines(folder.resolve("uncertainty.csv"));
    String[] header = lines.get(0).split(",", -1);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells[0].equals(tenant) && cells[1].equals(metric)) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        return row;
      }
    }
    throw new AssertionError("no row " + tenant + " " + metric);
  }

  /** sqrt(Σ (y_ij − ȳ_i)² / (N (R − 1))) of transactions_lost of all tenants, points 1..N. */
  private static double pooledWithinSd(Path sweepCsv, int samples, int replications)
      throws Exception {
    List<String> lines = Files.readAllLines(sweepCsv);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int point = header.indexOf("point");
    int tenant = header.indexOf("tenant");
    int lost = header.indexOf("transactions_lost");
    Map<Integer, List<Double>> byPoint = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      int p = Integer.parseInt(c[point]);
      if (p > 0 && c[tenant].equals("all")) {
        byPoint.computeIfAbsent(p, k -> new ArrayList<>()).add(Double.parseDouble(c[lost]));
      }
    }
    assertEquals(samples, byPoint.size());
    double ss = 0;
    for (List<Double> ys : byPoint.values()) {
      assertEquals(replications, ys.size());
      double mean = ys.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      for (double y : ys) {
        ss += (y - mean) * (y - mean);
      }
    }
    return Math.sqrt(ss / (samples * (replications - 1.0)));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
