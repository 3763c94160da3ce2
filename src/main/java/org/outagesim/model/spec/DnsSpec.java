package org.outagesim.model.spec;

/**
 * The public DNS path: users, their client caches, recursive resolvers, authoritative DNS.
 *
 * @param resolvers number of recursive resolvers users are spread over
 * @param clientCacheTtlS lifetime of the browser/OS/app cache in front of the resolver; 0 disables it
 * @param negativeTtlS how long a resolver caches a failed or empty answer
 * @param ttlViolation share of resolvers that keep answers past their TTL
 * @param serveStale whether resolvers serve expired answers when the authoritative fails (RFC 8767)
 */
public record DnsSpec(
    int resolvers,
    double clientCacheTtlS,
    double negativeTtlS,
    TtlViolationSpec ttlViolation,
    boolean serveStale) {}
