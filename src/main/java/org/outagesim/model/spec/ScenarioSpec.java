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
    String currency) {

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
        currency);
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
        currency);
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
        currency);
  }
}
