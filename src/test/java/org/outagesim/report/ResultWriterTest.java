package org.outagesim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.stats.Metric;
import org.outagesim.stats.RegionResult;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.ResolverSeries;
import org.outagesim.stats.Summary;

class ResultWriterTest {

  @TempDir Path tmp;

  private Path writeSample() throws Exception {
    return ResultWriter.write(
        SampleResults.result(),
        SampleResults.info(),
        OutputTarget.chosen(tmp.resolve("out"), false));
  }

  @Test
  void writesEveryFileIntoTheTarget() throws Exception {
    Path dir = writeSample();
    assertEquals(tmp.resolve("out").toAbsolutePath().normalize(), dir);
    for (String f :
        List.of(
            "manifest.json", "replications.csv", "summary.csv", "summary.json", "timeseries.csv")) {
      assertTrue(Files.isRegularFile(dir.resolve(f)), f);
    }
  }

  @Test
  void replicationsHeaderIsExactlyAsDesigned() throws Exception {
    List<String> lines = Files.readAllLines(writeSample().resolve("replications.csv"));
    assertEquals(
        "replication,tenant,sector,strategy,sessions,requests,requests_failed,failed_request_share,failed_public_dns,"
            + "failed_internal_dns,failed_unreachable,failed_overload,retries,transactions_intended,"
            + "transactions_completed,transactions_deferred,transactions_lost,transactions_pending,revenue_lost,"
            + "orders_at_risk,downtime_minutes,degraded_minutes,time_to_detect_s,time_to_failover_s,time_to_recover_s,"
            + "latency_mean_ms,latency_p50_ms,latency_p99_ms",
        lines.get(0));
    assertEquals(5, lines.size());
  }

  @Test
  void replicationValuesRoundTripAndNanIsAnEmptyCell() throws Exception {
    List<String> lines = Files.readAllLines(writeSample().resolve("replications.csv"));
    String[] header = lines.get(0).split(",", -1);
    String[] bankRep1 = lines.get(4).split(",", -1);
    assertEquals("1", bankRep1[0]);
    assertEquals("bank", bankRep1[1]);
    assertEquals("finance", bankRep1[2]);
    assertEquals("single-region", bankRep1[3]);
    for (int c = 4; c < header.length; c++) {
      Metric m = Metric.byColumn(header[c]);
      double expected = SampleResults.value("bank", 1, m);
      if (Double.isNaN(expected)) {
        assertEquals("", bankRep1[c], header[c]);
      } else {
        assertEquals(expected, Double.parseDouble(bankRep1[c]), 0.0, header[c]);
      }
    }
  }

  @Test
  void largeAndIntegralNumbersAreWrittenPlain() throws Exception {
    String[] shopRep0 =
        Files.readAllLines(writeSample().resolve("replications.csv")).get(1).split(",", -1);
    assertEquals("10", shopRep0[4]);
    assertEquals("150000000", shopRep0[4 + position(Metric.REVENUE_LOST)]);
  }

  @Test
  void summaryCsvIsLongFormWithTheAllTenantsRowsLast() throws Exception {
    List<String> lines = Files.readAllLines(writeSample().resolve("summary.csv"));
    assertEquals("tenant,sector,strategy,metric,n,never,mean,sd,ci95_half_width", lines.get(0));
    int perTenant = Metric.values().length;
    assertEquals(1 + 3 * perTenant, lines.size());
    assertTrue(
        lines.get(1).startsWith("shop,ecommerce,active-passive,sessions,2,0,10.125,"),
        lines.get(1));
    assertTrue(
        lines.get(1 + 2 * perTenant).startsWith("all,,,sessions,2,0,11.25,"),
        lines.get(1 + 2 * perTenant));
    String bankFailover = lines.get(1 + perTenant + position(Metric.TIME_TO_FAILOVER_S));
    assertEquals("bank,finance,single-region,time_to_failover_s,0,0,,,", bankFailover);
    String shopDetect = lines.get(1 + position(Metric.TIME_TO_DETECT_S));
    double detectRep0 = SampleResults.value("shop", 0, Metric.TIME_TO_DETECT_S);
    assertEquals(
        "shop,ecommerce,active-passive,time_to_detect_s,1,1,"
            + Decimal.of(detectRep0).toPlainString()
            + ",,",
        shopDetect,
        "one replication detected, one never did");
  }

  @Test
  void summaryJsonHasTenantsAllAndNullForNan() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(writeSample().resolve("summary.json").toFile());
    assertEquals("sample", doc.get("scenario").asText());
    assertEquals(42, doc.get("seed").asLong());
    assertEquals(2, doc.get("replications").asInt());
    JsonNode shopLost = doc.get("tenants").get(0).get("metrics").get("transactions_lost");
    assertEquals(2, shopLost.get("n").asInt());
    assertEquals(130.125, shopLost.get("mean").asDouble(), 1e-12);
    assertEquals(0, shopLost.get("never").asInt());
    JsonNode shopDetect = doc.get("tenants").get(0).get("metrics").get("time_to_detect_s");
    assertEquals(1, shopDetect.get("n").asInt());
    assertEquals(1, shopDetect.get("never").asInt());
    assertTrue(shopLost.get("ci95_half_width").isNumber());
    JsonNode bankFailover = doc.get("tenants").get(1).get("metrics").get("time_to_failover_s");
    assertTrue(bankFailover.get("mean").isNull());
    assertEquals("all", doc.get("all").get("tenant").asText());
    assertEquals("sessions", doc.get("all").get("metrics").fieldNames().next());
  }

  @Test
  void regionRowsFollowTheTenantsOfEachMinute() throws Exception {
    // ap-northeast-2 (unlimited) saw 10 lookups with 2 failures in replication 0 and 20 with 10 in
    // replication 1, all in minute 0; ap-northeast-1 (100 lookups/s) saw none but is shown for its
    // capacity, busy for 30 s of minute 1 in replication 0 only.
    ExperimentResult sample = SampleResults.result();
    List<ReplicationResult> reps = new java.util.ArrayList<>();
    for (ReplicationResult r : sample.replications()) {
      ResolverSeries seoul = new ResolverSeries(3, new double[] {inf(), inf(), inf()});
      for (int i = 0; i < 10 * (1 + r.replication()); i++) {
        seoul.lookup(5.0, i < (r.replication() == 0 ? 2 : 10));
      }
      ResolverSeries tokyo = new ResolverSeries(3, new double[] {100, 100, 100});
      if (r.replication() == 0) {
        tokyo.busy(70.0, 100.0);
      }
      reps.add(
          new ReplicationResult(
              r.replication(),
              r.tenants(),
              r.events(),
              List.of(
                  new RegionResult("ap-northeast-2", inf(), seoul),
                  new RegionResult("ap-northeast-1", 100, tokyo))));
    }
    ExperimentResult result =
        new ExperimentResult(sample.scenario(), reps, Summary.of(reps), 2, 1.25);
    Path dir =
        ResultWriter.write(
            result, SampleResults.info(), OutputTarget.chosen(tmp.resolve("r"), false));
    List<String> lines = Files.readAllLines(dir.resolve("timeseries.csv"));
    assertEquals(1 + 3 * 4, lines.size(), "per minute two tenants and two regions");
    String prefix = "0,2018-11-22T06:00:00+09:00,,,,,,,,,,,,";
    String seoulRow = lines.get(3);
    assertTrue(seoulRow.startsWith(prefix + "ap-northeast-2,15,6,0.35,"), seoulRow);
    assertTrue(seoulRow.endsWith(",,"), "no capacity, no utilisation: " + seoulRow);
    assertEquals(prefix + "ap-northeast-1,0,0,,,100,0", lines.get(4));
    assertEquals(
        "1,2018-11-22T06:01:00+09:00,,,,,,,,,,,,ap-northeast-1,0,0,,,100,0.25", lines.get(8));
  }

  private static double inf() {
    return Double.POSITIVE_INFINITY;
  }

  @Test
  void timeseriesHasWallClockTimeAndMeansOverReplications() throws Exception {
    List<String> lines = Files.readAllLines(writeSample().resolve("timeseries.csv"));
    assertEquals(
        "minute,time,tenant,requests,failures,failed_public_dns,failed_internal_dns,failed_unreachable,"
            + "failed_overload,transactions_completed,transactions_lost,success_ratio,success_ratio_ci95_half_width,"
            + "region,lookups,lookups_failed,lookup_failure_share,lookup_failure_share_ci95_half_width,"
            + "resolver_capacity,resolver_utilisation",
        lines.get(0));
    // Minute 0: 10 and 11 requests, none failed: ratio 1 in both replications, no spread.
    // Tenant rows leave the seven region columns empty; the sample has no region records.
    assertEquals("0,2018-11-22T06:00:00+09:00,shop,10.5,0,0,0,0,0,0,0,1,0,,,,,,,", lines.get(1));
    // Minute 1: no requests, so no success ratio.
    assertEquals("1,2018-11-22T06:01:00+09:00,bank,0,1,0,0,0,0,0,0,,,,,,,,,", lines.get(4));
    assertEquals(7, lines.size());
  }

  @Test
  void manifestHoldsRunFactsAndTheResolvedScenario() throws Exception {
    JsonNode m = new ObjectMapper().readTree(writeSample().resolve("manifest.json").toFile());
    assertEquals("0.1.0-test", m.get("tool_version").asText());
    assertEquals("ab".repeat(32), m.get("scenario_sha256").asText());
    assertEquals(42, m.get("seed").asLong());
    assertEquals(2, m.get("threads").asInt());
    JsonNode s = m.get("scenario");
    assertEquals(180, s.get("duration_s").asInt());
    assertEquals("2018-11-22T06:00:00+09:00", s.get("start").asText());
    assertEquals("unlimited", s.get("regions").get(0).get("resolver").get("capacity").asText());
    assertEquals("region-resolver-failure", s.get("faults").get(0).get("type").asText());
    assertEquals("servfail", s.get("faults").get(0).get("mode").asText());
    assertEquals("region-outage", s.get("faults").get(1).get("type").asText());
    assertEquals(
        "active-passive", s.get("tenants").get(0).get("deployment").get("strategy").asText());
    assertEquals(
        "log-normal",
        s.get("tenants").get(0).get("capacity").get("service_time").get("distribution").asText());
    assertEquals("busy", s.get("profiles").fieldNames().next());
  }

  @Test
  void identicalRecordsGiveByteIdenticalFiles() throws Exception {
    Path a =
        ResultWriter.write(
            SampleResults.result(),
            SampleResults.info(),
            OutputTarget.chosen(tmp.resolve("a"), false));
    Path b =
        ResultWriter.write(
            SampleResults.result(),
            SampleResults.info(),
            OutputTarget.chosen(tmp.resolve("b"), false));
    for (String f :
        List.of(
            "manifest.json", "replications.csv", "summary.csv", "summary.json", "timeseries.csv")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }

  @Test
  void noTemporaryFolderIsLeftBehind() throws Exception {
    writeSample();
    try (var entries = Files.list(tmp)) {
      assertEquals(List.of("out"), entries.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aFailureWhileWritingLeavesNoFolderAtAll() throws Exception {
    OutputTarget target = OutputTarget.chosen(tmp.resolve("out"), false);
    IOException thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class,
            () ->
                AtomicFolder.publish(
                    target,
                    dir -> {
                      Files.writeString(dir.resolve("replications.csv"), "half");
                      throw new IOException("disk full");
                    }));
    assertEquals("disk full", thrown.getMessage());
    try (var entries = Files.list(tmp)) {
      assertEquals(0, entries.count());
    }
  }

  /** Where {@code m} comes in the metric columns and rows: the order of {@link Metric#values()}. */
  private static int position(Metric m) {
    return List.of(Metric.values()).indexOf(m);
  }
}
