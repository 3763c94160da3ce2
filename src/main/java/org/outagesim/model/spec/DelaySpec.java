package org.outagesim.model.spec;

/**
 * A random (or fixed) duration in seconds. Written in a scenario as a plain duration ({@code 80ms})
 * or as {@code { distribution: NAME, ... }}.
 */
public sealed interface DelaySpec extends java.io.Serializable {

  /** Mean of the distribution in seconds. */
  double meanS();

  /** Exponentially distributed with the given mean. */
  record Exponential(double meanS) implements DelaySpec {}

  /** Always the same value. */
  record Constant(double meanS) implements DelaySpec {}

  /** Uniform on [minS, maxS]. */
  record Uniform(double minS, double maxS) implements DelaySpec {
    @Override
    public double meanS() {
      return (minS + maxS) / 2.0;
    }
  }

  /** Log-normal with the given mean and coefficient of variation. */
  record LogNormal(double meanS, double cv) implements DelaySpec {}
}
