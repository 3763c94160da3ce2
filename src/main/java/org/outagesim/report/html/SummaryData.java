package org.outagesim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.stats.Metric;

/**
 * What the report needs of {@code summary.json}: per tenant (scenario order) and for all tenants,
 * the number of replications and the mean and 95% half-width of every metric; JSON {@code null} (a
 * statistic that cannot be formed) reads as {@code NaN}.
 */
record SummaryData(long replications, String currency, List<Row> tenants, Row all) {

  SummaryData {
    tenants = List.copyOf(tenants);
  }

  static SummaryData of(JsonNode summary) {
    List<Row> tenants = new ArrayList<>();
    for (JsonNode t : summary.path("tenants")) {
      tenants.add(Row.of(t));
    }
    JsonNode currency = summary.path("currency");
    return new SummaryData(
        summary.path("replications").asLong(0),
        currency.isTextual() ? currency.asText() : null,
        tenants,
        Row.of(summary.path("all")));
  }

  /**
   * One metric across replications: {@code n} replications with a value and {@code never} in which
   * the event it times never happened; both 0 when it does not apply.
   */
  record Stat(long n, double mean, double halfWidth, long never) {

    static final Stat ABSENT = new Stat(0, Double.NaN, Double.NaN, 0);

    static Stat of(JsonNode m) {
      return new Stat(
          m.path("n").asLong(0),
          number(m.path("mean")),
          number(m.path("ci95_half_width")),
          m.path("never").asLong(0));
    }

    boolean notApplicable() {
      return n == 0 && never == 0;
    }

    private static double number(JsonNode n) {
      return n.isNumber() ? n.asDouble() : Double.NaN;
    }
  }

  /** One tenant, or all tenants (empty sector and strategy). */
  record Row(String tenant, String sector, String strategy, Map<String, Stat> metrics) {

    Row {
      metrics = Map.copyOf(metrics);
    }

    static Row of(JsonNode t) {
      Map<String, Stat> metrics = new LinkedHashMap<>();
      t.path("metrics")
          .properties()
          .iterator()
          .forEachRemaining(e -> metrics.put(e.getKey(), Stat.of(e.getValue())));
      return new Row(
          t.path("tenant").asText(""),
          t.path("sector").asText(""),
          t.path("strategy").asText(""),
          metrics);
    }

    Stat stat(String metric) {
      return metrics.getOrDefault(metric, Stat.ABSENT);
    }

    double mean(String metric) {
      return stat(metric).mean();
    }

    /** Mean lost over mean intended transactions, {@code NaN} when none were intended. */
    double lostShare() {
      double intended = mean(Metric.TRANSACTIONS_INTENDED.column());
      return intended > 0 ? mean(Metric.TRANSACTIONS_LOST.column()) / intended : Double.NaN;
    }
  }
}
