package org.outagesim.model.spec;

/**
 * Every tenant endpoint in the region is unreachable: requests routed there fail after the
 * client timeout.
 *
 * @param region the unreachable region
 * @param atS start of the window, seconds from the scenario start
 * @param durationS length of the window
 */
public record RegionOutage(String region, double atS, double durationS) implements FaultSpec {

  @Override
  public String type() {
    return "region-outage";
  }
}
