package org.outagesim.model.spec;

/**
 * The public DNS path: users, their client caches, recursive resolvers, authoritative DNS.
 *
 * @param resolvers number of recursive resolvers users are spread over
 * @param clientCacheTtlS lifetime of the browser/OS/app cache in front of the resolver; 0 disables
 *     it
 * @param negativeTtlS how long a resolver caches an empty answer (NXDOMAIN, RFC 2308)
 * @param ttlViolation share of resolvers that keep answers past their TTL
 * @param serveStale whether resolvers serve expired answers when the authoritative fails (RFC 8767)
 * @param failureTtlS how long a resolver caches a resolution failure (SERVFAIL or timeout, RFC
 *     9520); 0 disables failure caching
 * @param timeoutS how long a user waits for a resolution that the DNS provider never answers (the
 *     {@code mode: timeout} of an {@code authoritative-dns-failure})
 */
public record DnsSpec(
    int resolvers,
    double clientCacheTtlS,
    double negativeTtlS,
    TtlViolationSpec ttlViolation,
    boolean serveStale,
    double failureTtlS,
    double timeoutS)
    implements java.io.Serializable {

  /** Default failure-cache time: RFC 9520 asks for at least 1 s and at most 5 min. */
  public static final double DEFAULT_FAILURE_TTL_S = 5.0;

  /** Lifetime of a stale answer served under RFC 8767. */
  public static final double STALE_ANSWER_TTL_S = 30.0;

  /**
   * Default wait for an unanswered resolution: the 5 s that glibc's stub resolver waits for its
   * recursive resolver ({@code resolv.conf(5)}, {@code timeout:5}).
   */
  public static final double DEFAULT_TIMEOUT_S = 5.0;

  /** A public DNS path with the default failure-cache time and timeout. */
  public DnsSpec(
      int resolvers,
      double clientCacheTtlS,
      double negativeTtlS,
      TtlViolationSpec ttlViolation,
      boolean serveStale) {
    this(resolvers, clientCacheTtlS, negativeTtlS, ttlViolation, serveStale, DEFAULT_FAILURE_TTL_S);
  }

  /** A public DNS path with the default timeout. */
  public DnsSpec(
      int resolvers,
      double clientCacheTtlS,
      double negativeTtlS,
      TtlViolationSpec ttlViolation,
      boolean serveStale,
      double failureTtlS) {
    this(
        resolvers,
        clientCacheTtlS,
        negativeTtlS,
        ttlViolation,
        serveStale,
        failureTtlS,
        DEFAULT_TIMEOUT_S);
  }
}
