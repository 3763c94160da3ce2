package org.outagesim.model.spec;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A whole scenario after parsing, overrides, {@code count} expansion and validation.
 *
 * @param name short identifier, used in output folder names
 * @param description free text for reports
 * @param start wall-clock time of simulation time 0 (labels only)
 * @param durationS simulated horizon in seconds
 * @param replications number of independent replications
 * @param seed master seed from which every random stream is derived
 * @param regions the cloud regions, in file order
 * @param dns the public DNS path shared by all tenants
 * @param faults injected faults, in file order
 * @param profiles traffic profiles by id, with {@code base} already resolved
 * @param tenants tenants in file order, {@code count} already expanded
 * @param currency ISO 4217 code of every money figure (labels only), or {@code null} when unnamed
 * @param designs the scenario's own deployment designs by name, in file order
 * @param incidentsPerYear how often an incident like this one happens, or {@code NaN} when the
 *     scenario does not say
 */
public record ScenarioSpec(
    String name,
    String description,
    OffsetDateTime start,
    double durationS,
    int replications,
    long seed,
    List<RegionSpec> regions,
    DnsSpec dns,
    List<FaultSpec> faults,
    Map<String, ProfileSpec> profiles,
    List<TenantSpec> tenants,
    String currency,
    Map<String, DesignSpec> designs,
    double incidentsPerYear)
    implements java.io.Serializable {

  /** A scenario without designs or incident frequency. */
  public ScenarioSpec(
      String name,
      String description,
      OffsetDateTime start,
      double durationS,
      int replications,
      long seed,
      List<RegionSpec> regions,
      DnsSpec dns,
      List<FaultSpec> faults,
      Map<String, ProfileSpec> profiles,
      List<TenantSpec> tenants,
      String currency) {
    this(
        name,
        description,
        start,
        durationS,
        replications,
        seed,
        regions,
        dns,
        faults,
        profiles,
        tenants,
        currency,
        Map.of(),
        Double.NaN);
  }

  /** A scenario that names no currency. */
  public ScenarioSpec(
      String name,
      String description,
      OffsetDateTime start,
      double durationS,
      int replications,
      long seed,
      List<RegionSpec> regions,
      DnsSpec dns,
      List<FaultSpec> faults,
      Map<String, ProfileSpec> profiles,
      List<TenantSpec> tenants) {
    this(
        name,
        description,
        start,
        durationS,
        replications,
        seed,
        regions,
        dns,
        faults,
        profiles,
        tenants,
        null);
  }

  public ScenarioSpec {
    regions = List.copyOf(regions);
    faults = List.copyOf(faults);
    profiles = Map.copyOf(profiles);
    tenants = List.copyOf(tenants);
    designs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(designs));
  }

  /** Seconds after local midnight (in the start's offset) at which simulation time 0 falls. */
  public double startSecondOfDay() {
    return start.toLocalTime().toSecondOfDay() + start.getNano() / 1e9;
  }

  /** Returns a copy with another replication count. */
  public ScenarioSpec withReplications(int n) {
    return new ScenarioSpec(
        name,
        description,
        start,
        durationS,
        n,
        seed,
        regions,
        dns,
        faults,
        profiles,
        tenants,
        currency,
        designs,
        incidentsPerYear);
  }

  /** Returns a copy with another master seed. */
  public ScenarioSpec withSeed(long s) {
    return new ScenarioSpec(
        name,
        description,
        start,
        durationS,
        replications,
        s,
        regions,
        dns,
        faults,
        profiles,
        tenants,
        currency,
        designs,
        incidentsPerYear);
  }

  /** Returns a copy with another horizon. */
  public ScenarioSpec withDuration(double seconds) {
    return new ScenarioSpec(
        name,
        description,
        start,
        seconds,
        replications,
        seed,
        regions,
        dns,
        faults,
        profiles,
        tenants,
        currency,
        designs,
        incidentsPerYear);
  }

  /** Returns a copy with other tenants (same ids and order are up to the caller). */
  public ScenarioSpec withTenants(List<TenantSpec> t) {
    return new ScenarioSpec(
        name,
        description,
        start,
        durationS,
        replications,
        seed,
        regions,
        dns,
        faults,
        profiles,
        t,
        currency,
        designs,
        incidentsPerYear);
  }
}
