package org.outagesim.model.spec;

/**
 * Resolvers that keep answers longer than the record's TTL.
 *
 * @param fraction share of resolvers that violate the TTL, in [0, 1]
 * @param extraS how long past the TTL they keep an answer
 */
public record TtlViolationSpec(double fraction, double extraS) {
  public static TtlViolationSpec none() {
    return new TtlViolationSpec(0.0, 0.0);
  }
}
