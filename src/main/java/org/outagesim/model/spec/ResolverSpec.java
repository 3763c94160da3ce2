package org.outagesim.model.spec;

/**
 * A region's internal recursive resolver, used by tenants' app instances.
 *
 * @param capacity lookups per second it can answer; {@code Double.POSITIVE_INFINITY} when unlimited
 * @param timeoutS how long a client waits for an unanswered lookup (the {@code mode: timeout} of a
 *     fault)
 */
public record ResolverSpec(double capacity, double timeoutS) implements java.io.Serializable {
  /** Default lookup timeout: the glibc resolver's 5 s ({@code resolv.conf(5)}). */
  public static final double DEFAULT_TIMEOUT_S = 5.0;

  public static ResolverSpec unlimited() {
    return new ResolverSpec(Double.POSITIVE_INFINITY, DEFAULT_TIMEOUT_S);
  }
}
