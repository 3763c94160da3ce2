package org.outagesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** How tenants are combined into the lines and bars of groups. */
class AggregationTest {

  private static final List<TenantInfo> TENANTS =
      List.of(
          new TenantInfo("a", "retail", "single-region"),
          new TenantInfo("b", "retail", "single-region"),
          new TenantInfo("c", "bank", "active-active"));

  private static TenantMinute minute(
      int m, String tenant, double requests, double ratio, double half) {
    return new TenantMinute(m, tenant, requests, 0, 0, 0, 0, 0, ratio, half);
  }

  private static RunResults results(
      List<TenantMinute> minutes,
      List<Map<String, Map<String, Double>>> reps,
      Map<String, Map<String, Estimate>> estimates) {
    return new RunResults(
        "t",
        OffsetDateTime.parse("2018-11-22T08:00:00+09:00"),
        120,
        reps.size(),
        List.of(),
        TENANTS,
        estimates,
        reps,
        minutes);
  }

  @Test
  void groupRatioIsRequestWeightedAndItsBandTheWeightedHalfWidths() {
    RunResults r =
        results(
            List.of(
                minute(0, "a", 100, 1.0, 0.1),
                minute(0, "b", 300, 0.5, Double.NaN),
                minute(0, "c", 50, 0.9, 0.02),
                minute(1, "a", 0, Double.NaN, Double.NaN),
                minute(1, "b", 10, 0.2, 0.05),
                minute(1, "c", 0, Double.NaN, Double.NaN)),
            List.of(),
            Map.of());

    Map<String, List<SuccessRatioSeries.Point>> lines =
        SuccessRatioSeries.byGroup(r, TenantInfo::strategy, Palette.STRATEGIES);

    assertEquals(List.of("single-region", "active-active"), List.copyOf(lines.keySet()));
    List<SuccessRatioSeries.Point> single = lines.get("single-region");
    assertEquals(0.625, single.get(0).ratio(), 1e-12);
    assertEquals(0.025, single.get(0).ci95HalfWidth(), 1e-12);
    assertEquals(new SuccessRatioSeries.Point(1, 0.2, 0.05), single.get(1));
    assertEquals(List.of(new SuccessRatioSeries.Point(0, 0.9, 0.02)), lines.get("active-active"));
  }

  @Test
  void groupTotalIsTheSumOfMeansWithTheIntervalOfPerReplicationSums() {
    List<Map<String, Map<String, Double>>> reps =
        List.of(
            Map.of(
                "a",
                Map.of("revenue_lost", 10.0),
                "b",
                Map.of("revenue_lost", 20.0),
                "c",
                Map.of("revenue_lost", 1.0)),
            Map.of(
                "a",
                Map.of("revenue_lost", 14.0),
                "b",
                Map.of("revenue_lost", 22.0),
                "c",
                Map.of("revenue_lost", 3.0)),
            Map.of(
                "a",
                Map.of("revenue_lost", 12.0),
                "b",
                Map.of("revenue_lost", 30.0),
                "c",
                Map.of("revenue_lost", 2.0)));
    Map<String, Map<String, Estimate>> estimates =
        Map.of(
            "a",
            Map.of("revenue_lost", new Estimate(12, 5)),
            "b",
            Map.of("revenue_lost", new Estimate(24, 13)),
            "c",
            Map.of("revenue_lost", new Estimate(2, 2.5)));

    List<GroupTotal> totals =
        GroupTotal.of(results(List.of(), reps, estimates), "revenue_lost", TenantInfo::sector);

    // retail sums per replication: 30, 36, 42 — mean 36, sd 6
    double half = new TDistribution(2).inverseCumulativeProbability(0.975) * 6 / Math.sqrt(3);
    assertEquals("retail", totals.get(0).group());
    assertEquals(36.0, totals.get(0).mean(), 1e-12);
    assertEquals(half, totals.get(0).ci95HalfWidth(), 1e-9);
    assertEquals("bank", totals.get(1).group());
    assertTrue(totals.get(1).ci95HalfWidth() > 0);
  }
}
