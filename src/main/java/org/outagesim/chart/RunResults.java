package org.outagesim.chart;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the charts of one run need, as read from its result folder.
 *
 * @param scenarioName the scenario's name
 * @param start wall-clock start of the scenario, with its offset (charts label time in it)
 * @param durationS simulated horizon in seconds
 * @param replications replication count
 * @param faults the scenario's fault windows, in scenario order
 * @param tenants tenants in scenario order
 * @param estimates per tenant id, per metric column ({@code transactions_lost}, …): mean and
 *     interval
 * @param perReplication per replication index (from 0), per tenant id, per metric column: the value
 *     of that replication ({@code NaN} for an empty cell)
 * @param minutes rows of {@code timeseries.csv}, minutes in order, tenants in scenario order
 * @param currency the scenario's ISO 4217 currency code, or {@code null} when it names none
 * @param regionMinutes the region rows of {@code timeseries.csv}, minutes in order, regions in
 *     scenario order (none in folders written before they existed)
 */
public record RunResults(
    String scenarioName,
    OffsetDateTime start,
    double durationS,
    int replications,
    List<FaultWindow> faults,
    List<TenantInfo> tenants,
    Map<String, Map<String, Estimate>> estimates,
    List<Map<String, Map<String, Double>>> perReplication,
    List<TenantMinute> minutes,
    String currency,
    List<RegionMinute> regionMinutes) {

  /** Results without region rows. */
  public RunResults(
      String scenarioName,
      OffsetDateTime start,
      double durationS,
      int replications,
      List<FaultWindow> faults,
      List<TenantInfo> tenants,
      Map<String, Map<String, Estimate>> estimates,
      List<Map<String, Map<String, Double>>> perReplication,
      List<TenantMinute> minutes,
      String currency) {
    this(
        scenarioName,
        start,
        durationS,
        replications,
        faults,
        tenants,
        estimates,
        perReplication,
        minutes,
        currency,
        List.of());
  }

  /** Results of a scenario that names no currency. */
  public RunResults(
      String scenarioName,
      OffsetDateTime start,
      double durationS,
      int replications,
      List<FaultWindow> faults,
      List<TenantInfo> tenants,
      Map<String, Map<String, Estimate>> estimates,
      List<Map<String, Map<String, Double>>> perReplication,
      List<TenantMinute> minutes) {
    this(
        scenarioName,
        start,
        durationS,
        replications,
        faults,
        tenants,
        estimates,
        perReplication,
        minutes,
        null);
  }

  public RunResults {
    faults = List.copyOf(faults);
    tenants = List.copyOf(tenants);
    estimates = Map.copyOf(estimates);
    perReplication = List.copyOf(perReplication);
    minutes = List.copyOf(minutes);
    regionMinutes = List.copyOf(regionMinutes);
  }

  /** Whether some region's resolver has a capacity, so that its utilisation can be shown. */
  public boolean hasResolverCapacity() {
    return regionMinutes.stream().anyMatch(RegionMinute::limited);
  }

  /** The tenant's estimate of a metric; both values {@code NaN} when the file has none. */
  public Estimate estimate(String tenant, String metric) {
    return estimates
        .getOrDefault(tenant, Map.of())
        .getOrDefault(metric, new Estimate(Double.NaN, Double.NaN));
  }

  /** Milliseconds since the epoch of a time {@code s} seconds after the scenario start. */
  public long epochMillisAt(double s) {
    return start.toInstant().toEpochMilli() + Math.round(s * 1000.0);
  }
}
