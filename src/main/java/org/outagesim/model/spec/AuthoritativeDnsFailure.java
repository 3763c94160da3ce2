package org.outagesim.model.spec;

/**
 * A DNS provider's authoritative servers fail a share of the queries for the names they host (the
 * Dyn 2016 and Facebook 2021 cases). Recursive resolvers whose entry for a tenant on this provider
 * expires must ask it; a failed query is cached for {@code dns.failureTtl} ({@code servfail},
 * {@code timeout}) or {@code dns.negativeTtl} ({@code nxdomain}), or answered stale under {@code
 * dns.serveStale}.
 *
 * @param provider the failing provider, as named by tenants' {@code dns.provider}
 * @param atS start of the window
 * @param durationS length of the window
 * @param mode how failing queries are answered
 * @param errorRate share of queries that fail, over the window
 */
public record AuthoritativeDnsFailure(
    String provider, double atS, double durationS, DnsFailureMode mode, StepProfile errorRate)
    implements FaultSpec {
  /** The scenario key of this fault type. */
  public static final String TYPE = "authoritative-dns-failure";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public FaultTarget target() {
    return new FaultTarget.Provider(provider);
  }
}
