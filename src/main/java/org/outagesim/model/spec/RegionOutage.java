package org.outagesim.model.spec;

/**
 * Tenant endpoints in the region are unreachable: requests routed there fail after the client
 * timeout. {@code fraction} is the share of requests that find their endpoint down, as a function
 * of the time since the fault started (1.0: the whole region).
 *
 * @param region the unreachable region
 * @param atS start of the window, seconds from the scenario start
 * @param durationS length of the window
 * @param fraction share of requests to the region that fail, over the window
 */
public record RegionOutage(String region, double atS, double durationS, StepProfile fraction)
    implements FaultSpec {
  /** The scenario key of this fault type. */
  public static final String TYPE = "region-outage";

  /** The whole region unreachable. */
  public RegionOutage(String region, double atS, double durationS) {
    this(region, atS, durationS, StepProfile.constant(1.0));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public FaultTarget target() {
    return new FaultTarget.Region(region);
  }
}
