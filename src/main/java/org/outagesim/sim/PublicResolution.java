package org.outagesim.sim;

import java.util.List;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.outagesim.model.Deployment;
import org.outagesim.model.PublicDnsCaches;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.TenantSpec;

/**
 * Resolution of one tenant's public name by its users, in order:
 *
 * <ol>
 *   <li>the client's own cache answers while it lives ({@code dns.clientCacheTtl});
 *   <li>otherwise the user's recursive resolver answers from its cache while the entry lives;
 *   <li>otherwise it asks the tenant's DNS provider. A healthy provider answers with the region the
 *       deployment publishes for this resolver, cached for the record's TTL (plus the extension of
 *       a TTL-violating resolver). During an {@code authoritative-dns-failure} of the provider a
 *       share of queries fails: an expired answer is then served stale for 30 s if the resolvers
 *       serve stale (RFC 8767), otherwise the failure is cached for {@code dns.failureTtl} ({@code
 *       servfail}, {@code timeout}; a timed-out query also costs the user {@code dns.timeout}) or
 *       {@code dns.negativeTtl} ({@code nxdomain}). During a {@code record-removal} of the tenant's
 *       name a share of queries gets an empty answer, cached for {@code dns.negativeTtl}; empty
 *       answers are never replaced by stale ones.
 * </ol>
 */
final class PublicResolution {

  /**
   * The result of one resolution.
   *
   * @param region the region index the name resolved to, or {@link PublicDnsCaches#FAILED}
   * @param delayS the time the resolution took (a timed-out query to the provider)
   */
  record Answer(int region, double delayS) {
    boolean failed() {
      return region == PublicDnsCaches.FAILED;
    }
  }

  private static final Answer FAILED_AT_ONCE = new Answer(PublicDnsCaches.FAILED, 0.0);

  private final TenantSpec tenant;
  private final DnsSpec dns;
  private final Deployment deployment;
  private final PublicDnsCaches caches;
  private final boolean[] violating;
  private final double[] violationExtraS;
  private final double[] pins;
  private final List<AuthoritativeDnsFailure> providerFaults;
  private final List<RecordRemoval> removals;
  private final StreamInterface stream;
  private final Answer[] immediate;

  PublicResolution(
      TenantSpec tenant,
      DnsSpec dns,
      FaultIndex faults,
      Deployment deployment,
      boolean[] violating,
      double[] violationExtraS,
      TenantStreams streams) {
    this.tenant = tenant;
    this.dns = dns;
    this.deployment = deployment;
    this.violating = violating;
    this.violationExtraS = violationExtraS;
    this.stream = streams.publicDns();
    this.providerFaults = faults.ofProvider(AuthoritativeDnsFailure.class, tenant.dnsProvider());
    this.removals = faults.onPublicName(RecordRemoval.class, tenant.id());
    int n = dns.resolvers();
    this.pins = new double[n];
    int[] initial = new int[n];
    for (int r = 0; r < n; r++) {
      pins[r] = stream.nextDouble();
      initial[r] = deployment.answer(pins[r]);
    }
    // Warm and out of step: each entry's remaining life is uniform over the time that resolver
    // keeps an answer (the TTL, plus its extension for a TTL-violating resolver).
    double[] expiry = streams.warmExpiries(n, 1.0);
    for (int r = 0; r < n; r++) {
      expiry[r] *= tenant.deployment().ttlS() + (violating[r] ? violationExtraS[r] : 0.0);
    }
    this.caches = new PublicDnsCaches(n, initial, expiry);
    this.immediate = new Answer[java.util.Arrays.stream(deployment.regions()).max().orElse(-1) + 1];
    for (int r = 0; r < immediate.length; r++) {
      immediate[r] = new Answer(r, 0.0);
    }
  }

  /** Resolves the name for {@code s} at {@code now}. */
  Answer resolve(Session s, double now) {
    if (dns.clientCacheTtlS() > 0 && now < s.clientCacheUntil) {
      return immediate[s.clientRegion];
    }
    int r = s.resolver;
    double delayS = caches.isFresh(r, now) ? 0.0 : ask(r, now);
    int region = caches.cachedAnswer(r);
    if (region == PublicDnsCaches.FAILED) {
      return delayS == 0.0 ? FAILED_AT_ONCE : new Answer(region, delayS);
    }
    if (dns.clientCacheTtlS() > 0) {
      s.clientRegion = region;
      s.clientCacheUntil = now + delayS + dns.clientCacheTtlS();
    }
    return delayS == 0.0 ? immediate[region] : new Answer(region, delayS);
  }

  /**
   * The resolver's entry has expired: it asks the tenant's DNS provider and caches what it hears.
   * Returns the time the query took.
   */
  private double ask(int r, double now) {
    if (removed(now)) {
      caches.store(r, PublicDnsCaches.FAILED, now + dns.negativeTtlS());
      return 0.0;
    }
    AuthoritativeDnsFailure failing = failing(now);
    if (failing == null) {
      double life = tenant.deployment().ttlS() + (violating[r] ? violationExtraS[r] : 0.0);
      caches.store(r, deployment.answer(pins[r]), now + life);
      return 0.0;
    }
    if (failing.mode() == DnsFailureMode.NXDOMAIN) {
      caches.store(r, PublicDnsCaches.FAILED, now + dns.negativeTtlS());
      return 0.0;
    }
    double delayS = failing.mode() == DnsFailureMode.TIMEOUT ? dns.timeoutS() : 0.0;
    int stale = caches.lastGoodAnswer(r);
    if (dns.serveStale() && stale != PublicDnsCaches.FAILED) {
      caches.store(r, stale, now + delayS + DnsSpec.STALE_ANSWER_TTL_S);
    } else {
      caches.store(r, PublicDnsCaches.FAILED, now + delayS + dns.failureTtlS());
    }
    return delayS;
  }

  private boolean removed(double now) {
    for (RecordRemoval rr : removals) {
      if (rr.activeAt(now) && stream.nextDouble() < rr.errorRate().valueAt(now - rr.atS())) {
        return true;
      }
    }
    return false;
  }

  private AuthoritativeDnsFailure failing(double now) {
    for (AuthoritativeDnsFailure f : providerFaults) {
      if (f.activeAt(now) && stream.nextDouble() < f.errorRate().valueAt(now - f.atS())) {
        return f;
      }
    }
    return null;
  }
}
