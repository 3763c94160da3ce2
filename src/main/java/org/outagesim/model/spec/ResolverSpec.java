package org.outagesim.model.spec;

/**
 * A region's internal recursive resolver, used by tenants' app instances.
 *
 * @param capacity lookups per second it can answer; {@code Double.POSITIVE_INFINITY} when unlimited
 * @param timeoutS how long a client waits for an unanswered lookup (the {@code mode: timeout} of a
 *     fault)
 * @param backlogS how much queued work (seconds of the resolver's time) it holds before it drops
 *     new lookups: its socket buffer; only with a finite capacity
 */
public record ResolverSpec(double capacity, double timeoutS, double backlogS)
    implements java.io.Serializable {
  /** Default lookup timeout: the glibc resolver's 5 s ({@code resolv.conf(5)}). */
  public static final double DEFAULT_TIMEOUT_S = 5.0;

  /** Default backlog, in timeouts: twice the timeout. */
  public static final double DEFAULT_BACKLOG_TIMEOUTS = 2.0;

  /** A resolver holding the default backlog of two timeouts. */
  public ResolverSpec(double capacity, double timeoutS) {
    this(capacity, timeoutS, DEFAULT_BACKLOG_TIMEOUTS * timeoutS);
  }

  public static ResolverSpec unlimited() {
    return new ResolverSpec(Double.POSITIVE_INFINITY, DEFAULT_TIMEOUT_S);
  }
}
