package org.outagesim.model.spec;

/**
 * A DNS record is published empty (the us-east-1 2025 case): lookups of the name succeed with no
 * address, an NXDOMAIN/NODATA answer that resolvers cache for their negative TTL, so failures
 * outlast the window. Exactly one of {@code tenant} (the tenant's public name, answered empty by
 * its authoritative DNS) and {@code name} (an internal dependency name, answered empty by the
 * region resolvers) is set.
 *
 * @param tenant id of the tenant whose public record is removed, or {@code null}
 * @param name internal dependency name whose record is removed, or {@code null}
 * @param region for {@code name}: the only region where it is removed, or {@code null} for every
 *     region
 * @param atS start of the window
 * @param durationS length of the window
 * @param errorRate share of lookups answered empty, over the window
 * @param negativeTtlS for {@code name}: how long a region resolver caches the empty answer
 */
public record RecordRemoval(
    String tenant,
    String name,
    String region,
    double atS,
    double durationS,
    StepProfile errorRate,
    double negativeTtlS)
    implements FaultSpec {
  /** The scenario key of this fault type. */
  public static final String TYPE = "record-removal";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public FaultTarget target() {
    return tenant != null
        ? new FaultTarget.PublicName(tenant)
        : new FaultTarget.DependencyName(name, region);
  }
}
