package org.outagesim.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.model.PeakLoad;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.TenantSummary;

/**
 * Writes {@code summary.json}: the scenario name, master seed and replication count, then per
 * tenant (scenario order) and for all tenants the {@code n}, mean, standard deviation and 95%
 * confidence half-width of every metric, keyed by the metric's column name in enum order. {@code
 * NaN} statistics are {@code null}.
 */
public final class SummaryJson {

  /** File name inside the output folder. */
  public static final String NAME = "summary.json";

  private SummaryJson() {}

  /**
   * Adds (or replaces) the {@code uncertainty} field of a folder's {@code summary.json}, written
   * under a temporary name and renamed.
   */
  public static void addUncertainty(Path dir, Object uncertainty) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            mapper.readTree(dir.resolve(NAME).toFile());
    tree.set("uncertainty", mapper.readTree(ReportJson.toJson(uncertainty)));
    AtomicFiles.replace(dir, NAME, ReportJson.toJson(tree));
  }

  static void write(ExperimentResult result, Path dir) throws IOException {
    Files.writeString(dir.resolve(NAME), ReportJson.toJson(of(result)));
  }

  static Document of(ExperimentResult result) {
    List<TenantEntry> tenants = new ArrayList<>();
    for (TenantSummary t : result.summary().tenants()) {
      tenants.add(entry(t));
    }
    List<CapacityEntry> capacity = new ArrayList<>();
    for (PeakLoad.Tenant t : PeakLoad.of(result.scenario())) {
      capacity.add(
          new CapacityEntry(
              t.tenant(),
              t.primary(),
              t.normal(),
              t.secondary(),
              t.atStandby(),
              t.atFullScale(),
              t.overloaded()));
    }
    return new Document(
        result.scenario().name(),
        result.scenario().seed(),
        result.replications().size(),
        result.scenario().currency(),
        tenants,
        entry(result.summary().all()),
        capacity);
  }

  private static TenantEntry entry(TenantSummary t) {
    Map<String, MetricEntry> metrics = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      MetricSummary s = t.get(m);
      metrics.put(m.column(), new MetricEntry(s.n(), s.never(), s.mean(), s.sd(), s.halfWidth95()));
    }
    return new TenantEntry(t.tenant(), t.sector(), t.strategy(), metrics);
  }

  /** The whole file. */
  @JsonPropertyOrder({"scenario", "seed", "replications", "currency", "tenants", "all", "capacity"})
  record Document(
      String scenario,
      long seed,
      int replications,
      String currency,
      List<TenantEntry> tenants,
      TenantEntry all,
      List<CapacityEntry> capacity) {}

  /**
   * A tenant's peak server utilisation ({@link PeakLoad}), normally and with all traffic on its
   * secondary.
   */
  @JsonPropertyOrder({
    "tenant",
    "primary",
    "peakUtilisation",
    "secondary",
    "atStandby",
    "atFullScale",
    "above90"
  })
  record CapacityEntry(
      String tenant,
      String primary,
      double peakUtilisation,
      String secondary,
      double atStandby,
      double atFullScale,
      boolean above90) {}

  /** One tenant, or all tenants; metric keys in enum order. */
  @JsonPropertyOrder({"tenant", "sector", "strategy", "metrics"})
  record TenantEntry(
      String tenant, String sector, String strategy, Map<String, MetricEntry> metrics) {}

  /** One metric across replications. */
  @JsonPropertyOrder({"n", "never", "mean", "sd", "ci95HalfWidth"})
  record MetricEntry(long n, long never, double mean, double sd, double ci95HalfWidth) {}
}
