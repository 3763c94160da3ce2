package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Never happened" and "does not apply" told apart, and money in the scenario's currency, on the
 * console, in the files and in the report. A resolver failure hits a single-region tenant (its
 * failover does not apply) and a shallow-checked active-passive tenant (its check does not see the
 * failure: it never fails over) and a deep-checked one (it fails over).
 */
class ImpactOutputTest {

  private static final String SCENARIO =
      """
      name: impact
      start: 2018-11-22T06:00:00+09:00
      duration: 40m
      replications: 5
      seed: 11
      currency: KRW
      regions: [ { id: ap-northeast-2 }, { id: ap-northeast-1 } ]
      faults:
        - { type: region-resolver-failure, region: ap-northeast-2, at: 10m, duration: 20m }
      tenants:
        - id: single
          traffic: { sessionsPerSecond: 5 }
          session: { pages: 1, conversion: 1, orderValue: 52000 }
          deployment: { strategy: single-region, primary: ap-northeast-2 }
        - id: shallow
          traffic: { sessionsPerSecond: 5 }
          session: { pages: 1, conversion: 1, orderValue: 52000 }
          deployment:
            strategy: active-passive
            primary: ap-northeast-2
            secondary: ap-northeast-1
            healthCheck: { interval: 10s, threshold: 3, deep: false }
        - id: deep
          traffic: { sessionsPerSecond: 5 }
          session: { pages: 1, conversion: 1, orderValue: 52000 }
          deployment:
            strategy: active-passive
            primary: ap-northeast-2
            secondary: ap-northeast-1
            healthCheck: { interval: 10s, threshold: 3, deep: true }
      """;

  @TempDir Path tmp;

  @Test
  void neverAndNotApplicableAreToldApartEverywhere() throws Exception {
    Path out = tmp.resolve("out");
    Cli.Outcome o =
        Cli.run("run", Cli.write(tmp, "impact.yaml", SCENARIO).toString(), "--out", out.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertEquals("", o.err(), "five replications: no warning");

    assertTrue(o.out().contains("lost revenue, KRW"), o.out());
    assertTrue(line(o.out(), "  single ").endsWith("n/a"), o.out());
    assertTrue(line(o.out(), "  shallow ").endsWith("never"), o.out());
    assertTrue(line(o.out(), "  deep ").matches(".*\\d+\\.\\d$"), o.out());
    assertTrue(
        line(o.out(), "  all tenants ").matches(".*\\d{1,3}(,\\d{3})+.*"),
        "grouped revenue: " + o.out());

    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    assertTrue(
        summary.contains("single,other,single-region,time_to_failover_s,0,0,,,"),
        "n/a: n = 0, never = 0");
    assertTrue(
        summary.contains("shallow,other,active-passive,time_to_failover_s,0,5,,,"),
        "never in all 5");
    assertTrue(
        summary.stream()
            .anyMatch(l -> l.startsWith("deep,other,active-passive,time_to_failover_s,5,0,")));

    List<String> reps = Files.readAllLines(out.resolve("replications.csv"));
    int column = List.of(reps.get(0).split(",")).indexOf("time_to_failover_s");
    for (String row : reps.subList(1, reps.size())) {
      String[] cells = row.split(",", -1);
      String expected =
          switch (cells[1]) {
            case "single" -> "";
            case "shallow" -> "inf";
            default -> cells[column];
          };
      assertEquals(expected, cells[column], row);
    }

    JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("KRW", json.get("currency").asText());
    assertEquals(
        5,
        json.get("tenants").get(1).get("metrics").get("time_to_failover_s").get("never").asInt());

    Document report = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    int failover = headings(report).indexOf("Failover, min");
    assertEquals("n/a", cell(report, "single", failover));
    assertEquals("never", cell(report, "shallow", failover));
    assertTrue(
        cell(report, "deep", failover).matches("\\d+\\.\\d.*"), cell(report, "deep", failover));
    assertTrue(headings(report).contains("Lost revenue, KRW"), headings(report).toString());

    // Capacity at the peak: 5 sessions/s × 1 page × 100 ms / 100 servers (the defaults) = 0.5%.
    JsonNode capacity = json.get("capacity");
    assertEquals(3, capacity.size());
    assertEquals(0.005, capacity.get(0).get("peak_utilisation").asDouble(), 1e-12);
    assertTrue(capacity.get(0).get("secondary").isNull(), "single-region: no secondary");
    assertEquals(
        0.005,
        capacity.get(1).get("at_standby").asDouble(),
        1e-12,
        "default standby: full capacity");
    assertEquals(3, report.select("section#capacity tbody tr").size());
    assertEquals(
        "0.50 %",
        report.select("section#capacity tbody tr").get(0).child(2).text().replace('\u00a0', ' '));
    assertTrue(report.select("section#capacity p.warning").isEmpty(), "nothing above 90%");
  }

  private static String line(String text, String start) {
    return text.lines()
        .filter(l -> l.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError(start));
  }

  private static List<String> headings(Document d) {
    return d.select("table.tenants thead th").eachText();
  }

  private static String cell(Document d, String tenant, int column) {
    for (Element row : d.select("table.tenants tbody tr")) {
      if (row.child(0).text().equals(tenant)) {
        return row.child(column).text();
      }
    }
    throw new AssertionError("no row for " + tenant);
  }
}
