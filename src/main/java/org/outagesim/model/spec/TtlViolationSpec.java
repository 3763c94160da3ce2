package org.outagesim.model.spec;

/**
 * Resolvers that keep answers longer than the record's TTL.
 *
 * @param fraction share of resolvers that violate the TTL, in [0, 1]
 * @param extra how long past the TTL they keep an answer: a fixed duration, or a distribution from
 *     which each violating resolver draws its own extension once
 */
public record TtlViolationSpec(double fraction, DelaySpec extra) implements java.io.Serializable {

  /** A fixed extension of {@code extraS} seconds. */
  public TtlViolationSpec(double fraction, double extraS) {
    this(fraction, new DelaySpec.Constant(extraS));
  }

  /** Mean extension in seconds. */
  public double extraS() {
    return extra.meanS();
  }

  public static TtlViolationSpec none() {
    return new TtlViolationSpec(0.0, 0.0);
  }
}
