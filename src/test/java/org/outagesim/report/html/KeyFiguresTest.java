package org.outagesim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagesim.report.html.SummaryData.Row;
import org.outagesim.report.html.SummaryData.Stat;
import org.outagesim.stats.Metric;

class KeyFiguresTest {

  private static Row tenant(
      String id, String strategy, double lost, double intended, double revenueLost) {
    return new Row(
        id,
        "retail",
        strategy,
        Map.of(
            Metric.TRANSACTIONS_LOST.column(), new Stat(10, lost, 1, 0),
            Metric.TRANSACTIONS_INTENDED.column(), new Stat(10, intended, 1, 0),
            Metric.REVENUE_LOST.column(), new Stat(10, revenueLost, 1, 0)));
  }

  @Test
  void bestStrategyPoolsTransactionsOverItsTenants() {
    // active-passive: (10 + 290) / (1000 + 1000) = 15 %; single-region: 100 / 1000 = 10 %.
    // Averaging the tenants' shares instead would make active-passive (1 % and 29 %: 15 %) no
    // better.
    List<Row> tenants =
        List.of(
            tenant("a", "active-passive", 10, 1000, 1),
            tenant("b", "active-passive", 290, 1000, 1),
            tenant("c", "single-region", 100, 1000, 1));
    assertEquals("single-region", KeyFigures.best(tenants).orElseThrow().strategy());
    assertEquals(0.15, KeyFigures.byStrategy(tenants).get(0).share(), 1e-12);
  }

  @Test
  void bestStrategyIgnoresStrategiesWithoutIntendedTransactions() {
    List<Row> tenants =
        List.of(tenant("a", "active-active", 0, 0, 0), tenant("b", "single-region", 5, 100, 1));
    assertEquals("single-region", KeyFigures.best(tenants).orElseThrow().strategy());
    assertTrue(KeyFigures.best(List.of(tenant("a", "active-active", 0, 0, 0))).isEmpty());
  }

  @Test
  void worstTenantIsTheLargestLossFirstInScenarioOrderOnTies() {
    List<Row> tenants =
        List.of(
            tenant("a", "x", 5, 100, 70),
            tenant("b", "x", 9, 100, 70),
            tenant("c", "x", 9, 100, 1));
    assertEquals(
        "b",
        KeyFigures.worst(tenants, r -> r.mean(Metric.TRANSACTIONS_LOST.column()))
            .orElseThrow()
            .tenant());
    assertEquals(
        "a",
        KeyFigures.worst(tenants, r -> r.mean(Metric.REVENUE_LOST.column()))
            .orElseThrow()
            .tenant());
    assertTrue(
        KeyFigures.worst(
                List.of(tenant("z", "x", 0, 100, 0)),
                r -> r.mean(Metric.TRANSACTIONS_LOST.column()))
            .isEmpty());
  }
}
