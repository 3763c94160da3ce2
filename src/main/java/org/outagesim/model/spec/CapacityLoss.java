package org.outagesim.model.spec;

/**
 * A share of servers is lost: those of one tenant (in every region it runs, or only in {@code
 * region}) or, with {@code tenant} unset, of every tenant in {@code region}. Requests already in
 * service finish; the lost servers take no new work until the window closes.
 *
 * @param tenant id of the tenant, or {@code null} for every tenant in {@code region}
 * @param region the region, or {@code null} for every region of {@code tenant}
 * @param atS start of the window
 * @param durationS length of the window
 * @param fraction share of the servers lost, over the window
 */
public record CapacityLoss(
    String tenant, String region, double atS, double durationS, StepProfile fraction)
    implements ServerFault {
  /** The scenario key of this fault type. */
  public static final String TYPE = "capacity-loss";

  @Override
  public String type() {
    return TYPE;
  }
}
