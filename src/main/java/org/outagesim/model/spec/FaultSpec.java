package org.outagesim.model.spec;

/**
 * A fault injected into the model. A fault acts only inside its window {@code [atS, atS +
 * durationS)}; what follows the window is the model's job.
 */
public sealed interface FaultSpec extends java.io.Serializable
    permits RegionResolverFailure,
        ResolverCapacityLoss,
        RegionOutage,
        AuthoritativeDnsFailure,
        RecordRemoval,
        ServerFault {

  /** Start of the window, seconds from the scenario start. */
  double atS();

  /** Length of the window in seconds. */
  double durationS();

  /** The scenario key of this fault type, e.g. {@code region-resolver-failure}. */
  String type();

  /** Where the fault acts. */
  FaultTarget target();

  default double endS() {
    return atS() + durationS();
  }

  default boolean activeAt(double t) {
    return t >= atS() && t < endS();
  }
}
