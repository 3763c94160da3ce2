package org.outagesim.sim;

import java.util.ArrayList;
import java.util.List;
import nl.tudelft.simulation.jstats.distributions.DistContinuous;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.outagesim.model.AppDnsCaches;
import org.outagesim.model.Failure;
import org.outagesim.model.LookupResult;
import org.outagesim.model.PublicDnsCaches;
import org.outagesim.model.RegionResolver;
import org.outagesim.model.ServiceQueue;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.Latency;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.TenantSpec;

/**
 * The path of one request attempt of one tenant, evaluated when the attempt is made.
 *
 * <ol>
 *   <li><b>Public DNS</b> ({@link PublicResolution}): a failed resolution fails the request at
 *       once, or after the resolver's timeout.</li>
 *   <li><b>Routing.</b> During a {@code region-outage} a request to the region finds its endpoint
 *       down with the outage's fraction at that time, and fails after the client timeout.</li>
 *   <li><b>Queue.</b> The region's FIFO servers give the start time; a full queue rejects at once,
 *       and a request that would still wait at the client timeout fails as overload.</li>
 *   <li><b>Internal DNS</b>, when service starts: the request lands on a random app instance, whose
 *       cache answers each dependency name while its entry lives; a miss asks the region resolver,
 *       and the app's stub resolver tries again once more after a SERVFAIL or a timeout (glibc's
 *       {@code attempts:2}). The first failed name ends the request (a 5xx); the time spent on
 *       lookups holds the server.</li>
 *   <li><b>Service.</b> Otherwise the server works for a drawn service time plus the delay of any
 *       {@code latency} fault on it; a response later than the client timeout fails as overload.</li>
 * </ol>
 */
final class RequestPath {

  /** Attempts of the app's stub resolver per name (glibc's default {@code attempts:2}). */
  static final int STUB_ATTEMPTS = 2;

  private final TenantSpec tenant;
  private final PublicResolution publicDns;
  private final ServiceQueue[] queues;
  private final AppDnsCaches[] appCaches;
  private final RegionResolver[] resolvers;
  private final int[] names;
  private final List<List<RegionOutage>> outages;
  private final List<List<Latency>> latencies = new ArrayList<>();
  private final DistContinuous serviceTime;
  private final StreamInterface internal;
  private final StreamInterface routing;
  private final Outcome outcome = new Outcome();
  private boolean lookupFailed;

  /**
   * @param queues the tenant's queue per region index ({@code null} where it has no servers)
   * @param names the resolver-wide index of each of the tenant's dependency names
   */
  RequestPath(TenantSpec tenant, PublicResolution publicDns, ServiceQueue[] queues, RegionState regions,
      TenantStreams streams, int[] names) {
    this.tenant = tenant;
    this.publicDns = publicDns;
    this.queues = queues;
    this.names = names;
    this.resolvers = regions.resolvers();
    this.outages = regions.outages();
    this.serviceTime = streams.serviceTime();
    this.internal = streams.internalDns();
    this.routing = streams.routing();
    this.appCaches = new AppDnsCaches[queues.length];
    TenantSpec.InternalDnsSpec spec = tenant.internalDns();
    for (int r = 0; r < queues.length; r++) {
      latencies.add(regions.latencies(r, tenant.id()));
      if (queues[r] != null) {
        appCaches[r] = new AppDnsCaches(spec.instances(), spec.lookups(),
            streams.warmExpiries(spec.instances() * spec.lookups(), spec.cacheTtlS()));
      }
    }
  }

  /** Evaluates one attempt made at {@code now} by {@code s}; the returned object is reused. */
  Outcome attempt(Session s, double now) {
    publicDns.resolve(s, now);
    int region = publicDns.region;
    double sent = now + publicDns.delayS;
    double deadline = now + tenant.client().timeoutS();
    if (region == PublicDnsCaches.FAILED) {
      return outcome.set(Math.min(sent, deadline), Failure.PUBLIC_DNS, region);
    }
    if (sent >= deadline) {
      return outcome.set(deadline, Failure.PUBLIC_DNS, region);
    }
    if (unreachable(region, sent)) {
      return outcome.set(deadline, Failure.UNREACHABLE, region);
    }
    return serve(region, sent, deadline);
  }

  /**
   * A health-check probe of the tenant's endpoint in {@code region} at {@code t}: a shallow probe
   * fails only when the endpoint is unreachable; a deep one also when the queue could not serve
   * it within the client timeout or a dependency name fails to resolve on a random instance.
   * A deep probe does not occupy a server, but its lookups are real load on the resolver.
   */
  boolean probeFails(int region, double t, boolean deep) {
    if (unreachable(region, t)) {
      return true;
    }
    if (!deep) {
      return false;
    }
    double start = queues[region].startTime(t);
    if (Double.isNaN(start) || start >= t + tenant.client().timeoutS()) {
      return true;
    }
    internalLookups(region, t, start);
    return lookupFailed || addedDelay(region, start) >= tenant.client().timeoutS();
  }

  private boolean unreachable(int region, double now) {
    for (RegionOutage o : outages.get(region)) {
      if (o.activeAt(now)) {
        double share = o.fraction().valueAt(now - o.atS());
        if (share >= 1.0 || routing.nextDouble() < share) {
          return true;
        }
      }
    }
    return false;
  }

  private Outcome serve(int region, double now, double deadline) {
    ServiceQueue queue = queues[region];
    double start = queue.startTime(now);
    if (Double.isNaN(start)) {
      return outcome.set(now, Failure.OVERLOAD, region);
    }
    if (start >= deadline) {
      return outcome.set(deadline, Failure.OVERLOAD, region);
    }
    double busy = internalLookups(region, now, start);
    if (!lookupFailed) {
      busy += serviceTime.draw() + addedDelay(region, start);
    }
    queue.occupy(now, start, busy);
    double end = start + busy;
    if (lookupFailed) {
      return outcome.set(Math.min(end, deadline), Failure.INTERNAL_DNS, region);
    }
    return end > deadline ? outcome.set(deadline, Failure.OVERLOAD, region) : outcome.set(end, null, region);
  }

  private double addedDelay(int region, double t) {
    double d = 0.0;
    for (Latency l : latencies.get(region)) {
      if (l.activeAt(t)) {
        d += l.delayS().valueAt(t - l.atS());
      }
    }
    return d;
  }

  /**
   * Resolves the request's dependency names from {@code start} for a request that arrived at
   * {@code now}, stopping at the first failure (then {@link #lookupFailed} is set). Returns the
   * time the lookups took.
   */
  private double internalLookups(int region, double now, double start) {
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
      boolean failed = true;
      for (int attempt = 0; attempt < STUB_ATTEMPTS && failed; attempt++) {
        LookupResult r = resolvers[region].lookup(now, start + spent, names[name], internal.nextDouble());
        spent += resolvers[region].lastLatencyS();
        failed = r.failed();
        if (r == LookupResult.NXDOMAIN) {
          break;
        }
      }
      double ttl = failed ? spec.negativeTtlS() : spec.cacheTtlS();
      if (ttl > 0) {
        // Requests on the instance while the lookup is in flight share its answer (as the JVM's
        // resolver does); with caching off (TTL 0) every request asks on its own.
        cache.store(instance, name, failed, start + spent + ttl);
      }
      if (failed) {
        lookupFailed = true;
        return spent;
      }
    }
    return spent;
  }
}
