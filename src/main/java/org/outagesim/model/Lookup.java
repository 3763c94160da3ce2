package org.outagesim.model;

/**
 * One answered lookup at a region resolver: what it answered and the time the asker lost on it
 * (queueing at the resolver, or the timeout).
 *
 * @param result the answer
 * @param latencyS seconds the asker waited
 */
public record Lookup(LookupResult result, double latencyS) {

  private static final Lookup[] IMMEDIATE = {
    new Lookup(LookupResult.OK, 0.0),
    new Lookup(LookupResult.SERVFAIL, 0.0),
    new Lookup(LookupResult.TIMEOUT, 0.0),
    new Lookup(LookupResult.NXDOMAIN, 0.0)
  };

  /** The answer {@code result} after {@code latencyS}; shared instances when there is no wait. */
  // IMMEDIATE is indexed by ordinal on purpose: called for every lookup, no allocation, no map.
  @SuppressWarnings("EnumOrdinal")
  public static Lookup of(LookupResult result, double latencyS) {
    return latencyS == 0.0 ? IMMEDIATE[result.ordinal()] : new Lookup(result, latencyS);
  }

  public boolean failed() {
    return result.failed();
  }
}
