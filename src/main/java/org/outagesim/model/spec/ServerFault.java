package org.outagesim.model.spec;

/**
 * A fault on tenants' servers: those of one tenant (in every region it runs, or only in {@code
 * region}) or, with {@code tenant} unset, of every tenant in {@code region}.
 */
public sealed interface ServerFault extends FaultSpec permits CapacityLoss, AddedLatency {

  /** Id of the tenant, or {@code null} for every tenant in {@link #region()}. */
  String tenant();

  /** The region, or {@code null} for every region of {@link #tenant()}. */
  String region();

  @Override
  default FaultTarget.Servers target() {
    return new FaultTarget.Servers(tenant(), region());
  }
}
