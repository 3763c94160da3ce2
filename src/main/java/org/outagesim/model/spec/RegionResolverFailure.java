package org.outagesim.model.spec;

/**
 * The region's internal resolver fails a share of the lookups that reach it (the Seoul 2018 case).
 *
 * @param region the region whose internal resolver fails
 * @param atS start of the window, seconds from the scenario start
 * @param durationS length of the window
 * @param mode how the failing lookups are answered
 * @param errorRate probability that a lookup reaching the resolver fails, as a function of the time
 *     since {@code atS}
 * @param negativeTtlS for {@link DnsFailureMode#NXDOMAIN}: how long the resolver caches the empty
 *     answer
 */
public record RegionResolverFailure(
    String region,
    double atS,
    double durationS,
    DnsFailureMode mode,
    StepProfile errorRate,
    double negativeTtlS)
    implements FaultSpec {
  /** The scenario key of this fault type. */
  public static final String TYPE = "region-resolver-failure";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public FaultTarget target() {
    return new FaultTarget.Region(region);
  }
}
