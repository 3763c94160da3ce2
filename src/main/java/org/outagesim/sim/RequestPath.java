package org.outagesim.sim;

import java.util.List;
import nl.tudelft.simulation.jstats.distributions.DistContinuous;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.outagesim.model.AppDnsCaches;
import org.outagesim.model.Deployment;
import org.outagesim.model.Failure;
import org.outagesim.model.LookupResult;
import org.outagesim.model.PublicDnsCaches;
import org.outagesim.model.RegionResolver;
import org.outagesim.model.ServiceQueue;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.TenantSpec;

/**
 * The path of one request attempt of one tenant, evaluated when the attempt is made.
 *
 * <ol>
 *   <li><b>Public DNS.</b> The client's own cache answers while it lives; otherwise the user's
 *       recursive resolver answers from its cache, or asks the authoritative DNS and caches the
 *       answer for the record's TTL (plus the violation extension for violating resolvers).</li>
 *   <li><b>Routing.</b> A request to an unreachable region fails after the client timeout.</li>
 *   <li><b>Queue.</b> The region's FIFO servers give the start time; a full queue rejects at once,
 *       and a request that would still wait at the client timeout fails as overload.</li>
 *   <li><b>Internal DNS</b>, when service starts: the request lands on a random app instance, whose
 *       cache answers each dependency name while its entry lives; a miss asks the region resolver.
 *       The first failed lookup ends the request (a 5xx); a timed-out lookup holds the server for
 *       the resolver timeout.</li>
 *   <li><b>Service.</b> Otherwise the server works for a drawn service time; a response later than
 *       the client timeout fails as overload.</li>
 * </ol>
 */
final class RequestPath {

  private final TenantSpec tenant;
  private final DnsSpec dns;
  private final Deployment deployment;
  private final PublicDnsCaches publicCaches;
  private final boolean[] violating;
  private final ServiceQueue[] queues;
  private final AppDnsCaches[] appCaches;
  private final RegionResolver[] resolvers;
  private final int[] nameBase;
  private final List<List<RegionOutage>> outages;
  private final DistContinuous serviceTime;
  private final StreamInterface internal;
  private final Outcome outcome = new Outcome();
  private boolean lookupFailed;

  RequestPath(TenantSpec tenant, DnsSpec dns, Deployment deployment, RegionState regions, TenantStreams streams,
      boolean[] violating, int[] nameBase) {
    this.tenant = tenant;
    this.dns = dns;
    this.deployment = deployment;
    this.violating = violating;
    this.nameBase = nameBase;
    this.resolvers = regions.resolvers();
    this.outages = regions.outages();
    this.serviceTime = streams.serviceTime();
    this.internal = streams.internalDns();
    int n = resolvers.length;
    this.queues = new ServiceQueue[n];
    this.appCaches = new AppDnsCaches[n];
    for (int r : deployment.regions()) {
      queues[r] = new ServiceQueue(tenant.capacity().servers(), tenant.capacity().queueLimit());
      appCaches[r] = new AppDnsCaches(tenant.internalDns().instances(), tenant.internalDns().lookups(),
          streams.warmExpiries(tenant.internalDns().instances() * tenant.internalDns().lookups(),
              tenant.internalDns().cacheTtlS()));
    }
    this.publicCaches = new PublicDnsCaches(dns.resolvers(), deployment.answer(0.0),
        streams.warmExpiries(dns.resolvers(), tenant.deployment().ttlS()));
  }

  /** Evaluates one attempt made at {@code now} by {@code s}; the returned object is reused. */
  Outcome attempt(Session s, double now) {
    int region = resolve(s, now);
    double timeout = tenant.client().timeoutS();
    if (region == PublicDnsCaches.FAILED) {
      return outcome.set(now, Failure.PUBLIC_DNS);
    }
    if (unreachable(region, now)) {
      return outcome.set(now + timeout, Failure.UNREACHABLE);
    }
    return serve(region, now, now + timeout);
  }

  private int resolve(Session s, double now) {
    if (dns.clientCacheTtlS() > 0 && now < s.clientCacheUntil) {
      return s.clientRegion;
    }
    int r = s.resolver;
    if (!publicCaches.isFresh(r, now)) {
      int answer = deployment.answer(now);
      double life = answer == PublicDnsCaches.FAILED ? dns.negativeTtlS() : tenant.deployment().ttlS();
      if (violating[r]) {
        life += dns.ttlViolation().extraS();
      }
      publicCaches.store(r, answer, now + life);
    }
    int region = publicCaches.cachedAnswer(r);
    if (dns.clientCacheTtlS() > 0 && region != PublicDnsCaches.FAILED) {
      s.clientRegion = region;
      s.clientCacheUntil = now + dns.clientCacheTtlS();
    }
    return region;
  }

  private boolean unreachable(int region, double now) {
    for (RegionOutage o : outages.get(region)) {
      if (o.activeAt(now)) {
        return true;
      }
    }
    return false;
  }

  private Outcome serve(int region, double now, double deadline) {
    ServiceQueue queue = queues[region];
    double start = queue.startTime(now);
    if (Double.isNaN(start)) {
      return outcome.set(now, Failure.OVERLOAD);
    }
    if (start >= deadline) {
      return outcome.set(deadline, Failure.OVERLOAD);
    }
    double busy = internalLookups(region, start);
    if (!lookupFailed) {
      busy += serviceTime.draw();
    }
    queue.occupy(now, start, busy);
    double end = start + busy;
    if (lookupFailed) {
      return outcome.set(Math.min(end, deadline), Failure.INTERNAL_DNS);
    }
    return end > deadline ? outcome.set(deadline, Failure.OVERLOAD) : outcome.set(end, null);
  }

  /**
   * Resolves the request's dependency names from {@code start}, stopping at the first failure
   * (then {@link #lookupFailed} is set). Returns the time the lookups took.
   */
  private double internalLookups(int region, double start) {
    TenantSpec.InternalDnsSpec spec = tenant.internalDns();
    lookupFailed = false;
    if (spec.lookups() == 0) {
      return 0.0;
    }
    AppDnsCaches cache = appCaches[region];
    int instance = (int) (internal.nextDouble() * spec.instances());
    double spent = 0.0;
    for (int name = 0; name < spec.lookups(); name++) {
      double t = start + spent;
      if (cache.isFresh(instance, name, t)) {
        if (cache.cachedFailure(instance, name)) {
          lookupFailed = true;
          return spent;
        }
        continue;
      }
      LookupResult r = resolvers[region].lookup(t, nameBase[region] + name, internal.nextDouble());
      spent += resolvers[region].lastLatencyS();
      boolean failed = r.failed();
      cache.store(instance, name, failed, start + spent + (failed ? spec.negativeTtlS() : spec.cacheTtlS()));
      if (failed) {
        lookupFailed = true;
        return spent;
      }
    }
    return spent;
  }
}
