package org.outagesim.model.spec;

/**
 * Every request served by the targeted servers takes {@code delayS} seconds longer (a slow network
 * path or a slow dependency); the server is held for the added time as well. Targets as in {@link
 * CapacityLoss}.
 *
 * @param tenant id of the tenant, or {@code null} for every tenant in {@code region}
 * @param region the region, or {@code null} for every region of {@code tenant}
 * @param atS start of the window
 * @param durationS length of the window
 * @param delayS added delay in seconds, over the window
 */
public record AddedLatency(
    String tenant, String region, double atS, double durationS, StepProfile delayS)
    implements ServerFault {
  /** The scenario key of this fault type. */
  public static final String TYPE = "latency";

  @Override
  public String type() {
    return TYPE;
  }
}
