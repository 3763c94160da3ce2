package org.outagesim.model.spec;

/**
 * The region's internal resolver fleet loses a share of its {@code resolver.capacity} (hosts taken
 * out, as in Seoul 2018). Which lookups then fail is not an input: the resolver's work queue,
 * timeouts and dropped lookups decide it, under the load every tenant of the region offers.
 *
 * @param region the region whose resolver loses capacity
 * @param atS start of the window, seconds from the scenario start
 * @param durationS length of the window
 * @param fraction share of the capacity lost, as a function of the time since {@code atS}
 */
public record ResolverCapacityLoss(
    String region, double atS, double durationS, StepProfile fraction) implements FaultSpec {
  /** The scenario key of this fault type. */
  public static final String TYPE = "resolver-capacity-loss";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public FaultTarget target() {
    return new FaultTarget.Region(region);
  }

  /** The share of the capacity left at {@code t}: {@code 1 − fraction} inside the window. */
  public double remainingAt(double t) {
    if (!activeAt(t)) {
      return 1.0;
    }
    return 1.0 - Math.min(1.0, Math.max(0.0, fraction.valueAt(t - atS)));
  }
}
