package org.outagesim.sim;

import java.util.ArrayList;
import java.util.List;
import nl.tudelft.simulation.jstats.distributions.DistContinuous;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.outagesim.model.AppDnsCaches;
import org.outagesim.model.CircuitBreaker;
import org.outagesim.model.Failure;
import org.outagesim.model.Lookup;
import org.outagesim.model.LookupResult;
import org.outagesim.model.RegionResolver;
import org.outagesim.model.ServiceQueue;
import org.outagesim.model.spec.AddedLatency;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.TenantSpec;

/**
 * The path of one request attempt of one tenant, evaluated when the attempt is made.
 *
 * <ol>
 *   <li><b>Public DNS</b> ({@link PublicResolution}): a failed resolution fails the request at
 *       once, or after the resolver's timeout.
 *   <li><b>Routing.</b> During a {@code region-outage} a request to the region finds its endpoint
 *       down with the outage's fraction at that time, and fails after the client timeout.
 *   <li><b>Queue.</b> The region's FIFO servers give the start time; a full queue rejects at once,
 *       and a request that would still wait at the client timeout fails as overload.
 *   <li><b>Internal DNS</b>, when service starts: the request lands on a random app instance, whose
 *       cache answers each dependency name while its entry lives; a miss asks the region resolver,
 *       waiting {@code internalDns.timeout} for an answer, and the app's stub resolver asks up to
 *       {@code internalDns.attempts} times in all after a SERVFAIL or a timeout (glibc's {@code
 *       attempts:2} by default); an NXDOMAIN is final. The first failed name ends the request (a
 *       5xx); the time spent on lookups holds the server.
 *   <li><b>Service.</b> Otherwise the server works for a drawn service time plus the delay of any
 *       {@code latency} fault on it; a response later than the client timeout fails as overload.
 * </ol>
 */
final class RequestPath {

  private final TenantSpec tenant;
  private final PublicResolution publicDns;
  private final ServiceQueue[] queues;
  private final AppInstances[] appInstances;
  private final RegionResolver[] resolvers;
  private final int[] names;
  private final List<List<RegionOutage>> outages;
  private final List<List<AddedLatency>> latencies = new ArrayList<>();
  private final DistContinuous serviceTime;
  private final StreamInterface internal;
  private final StreamInterface instances;
  private final double[] stubTimeoutS;
  private final StreamInterface routing;

  /**
   * @param queues the tenant's queue per region index ({@code null} where it has no servers)
   * @param names the resolver-wide index of each of the tenant's dependency names
   */
  RequestPath(
      TenantSpec tenant,
      PublicResolution publicDns,
      ServiceQueue[] queues,
      RegionState regions,
      TenantStreams streams,
      int[] names) {
    this.tenant = tenant;
    this.publicDns = publicDns;
    this.queues = queues;
    this.names = names;
    this.resolvers = regions.resolvers();
    this.outages = regions.outages();
    this.serviceTime = streams.serviceTime();
    this.internal = streams.internalDns();
    this.instances = streams.instances();
    this.routing = streams.routing();
    this.appInstances = new AppInstances[queues.length];
    this.stubTimeoutS = new double[queues.length];
    TenantSpec.InternalDnsSpec spec = tenant.internalDns();
    for (int r = 0; r < queues.length; r++) {
      latencies.add(regions.latencies(r, tenant.id()));
      stubTimeoutS[r] = spec.timeoutS(resolvers[r].timeoutS());
      if (queues[r] != null) {
        appInstances[r] =
            new AppInstances(
                spec.instances(),
                new AppDnsCaches(
                    spec.instances(),
                    spec.lookups(),
                    streams.warmExpiries(spec.instances() * spec.lookups(), spec.cacheTtlS())),
                tenant.circuitBreaker());
      }
    }
  }

  /** What an attempt has come to so far: an {@link Outcome}, or a request still on its way. */
  sealed interface Step permits Outcome, InFlight {}

  /**
   * A request whose name resolved after a delay (a timed-out query to the DNS provider): it reaches
   * the region at {@code sentS}, which must be simulated as its own event so that the region's
   * queues and resolver see their offers in time order.
   */
  record InFlight(int region, double sentS, double deadlineS) implements Step {}

  /**
   * Evaluates the public-DNS step of an attempt made at {@code now} by {@code s}; when the name
   * resolved at once the request is also sent, so the result is its {@link Outcome}.
   */
  Step attempt(Session s, double now) {
    PublicResolution.Answer answer = publicDns.resolve(s, now);
    double sent = now + answer.delayS();
    double deadline = now + tenant.client().timeoutS();
    if (answer.failed()) {
      return new Outcome(Math.min(sent, deadline), Failure.PUBLIC_DNS, answer.region());
    }
    if (sent >= deadline) {
      return new Outcome(deadline, Failure.PUBLIC_DNS, answer.region());
    }
    if (sent > now) {
      return new InFlight(answer.region(), sent, deadline);
    }
    return arrive(answer.region(), now, deadline);
  }

  /** The request reaches its region at {@code f.sentS()}, the simulation clock. */
  Outcome arrive(InFlight f) {
    return arrive(f.region(), f.sentS(), f.deadlineS());
  }

  private Outcome arrive(int region, double now, double deadline) {
    if (unreachable(region, now)) {
      return new Outcome(deadline, Failure.UNREACHABLE, region);
    }
    return serve(region, now, deadline);
  }

  /**
   * A health-check probe of the tenant's endpoint in {@code region} at {@code t}: a shallow probe
   * fails only when the endpoint is unreachable; a deep one also when the queue could not serve it
   * within the client timeout or a dependency name fails to resolve on a random instance. A deep
   * probe does not occupy a server, but its lookups are real load on the resolver.
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
    return internalLookups(region, t, start).failed()
        || addedDelay(region, start) >= tenant.client().timeoutS();
  }

  /** The tenant's app instances in {@code region}, or {@code null} where it has no servers. */
  AppInstances instances(int region) {
    return appInstances[region];
  }

  /**
   * A deep health check of app instance {@code instance} in {@code region} at {@code t}, the
   * simulation clock: it fails when one of the tenant's dependency names fails to resolve on that
   * instance (through its cache, which a lookup fills as a request's would). The check bypasses the
   * instance's circuit breaker and takes no server; its lookups load the resolver, with draws from
   * {@code draws}.
   */
  boolean instanceCheckFails(int region, int instance, double t, StreamInterface draws) {
    return resolve(region, instance, t, t, draws).failed();
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
      return new Outcome(now, Failure.OVERLOAD, region);
    }
    if (start >= deadline) {
      return new Outcome(deadline, Failure.OVERLOAD, region);
    }
    Lookups lookups = internalLookups(region, now, start);
    if (lookups.noInstance()) {
      return new Outcome(now, Failure.OVERLOAD, region);
    }
    double busy = lookups.spentS();
    if (!lookups.failed()) {
      busy += serviceTime.draw() + addedDelay(region, start);
    }
    queue.occupy(now, start, busy);
    double end = start + busy;
    if (lookups.failed()) {
      return new Outcome(Math.min(end, deadline), Failure.INTERNAL_DNS, region);
    }
    return end > deadline
        ? new Outcome(deadline, Failure.OVERLOAD, region)
        : new Outcome(end, null, region);
  }

  private double addedDelay(int region, double t) {
    double d = 0.0;
    for (AddedLatency l : latencies.get(region)) {
      if (l.activeAt(t)) {
        d += l.delayS().valueAt(t - l.atS());
      }
    }
    return d;
  }

  /**
   * What resolving a request's dependency names came to.
   *
   * @param spentS the time the lookups took, which holds the server
   * @param failed whether a name failed to resolve (which ends the request)
   * @param noInstance whether no app instance was in service to take the request
   */
  record Lookups(double spentS, boolean failed, boolean noInstance) {
    static final Lookups NONE = new Lookups(0.0, false);

    /** No app instance in service: the load balancer has nowhere to send the request. */
    static final Lookups NO_INSTANCE = new Lookups(0.0, true, true);

    /** The instance's circuit breaker is open: the dependency call fails at once. */
    static final Lookups REFUSED = new Lookups(0.0, true);

    Lookups(double spentS, boolean failed) {
      this(spentS, failed, false);
    }
  }

  /**
   * Resolves the request's dependency names from {@code start} for a request that arrived at {@code
   * now}, on an instance in service, stopping at the first failure. An instance whose circuit
   * breaker is open fails the request at once, without a lookup; with no instance in service there
   * is nothing to serve it.
   */
  private Lookups internalLookups(int region, double now, double start) {
    TenantSpec.InternalDnsSpec spec = tenant.internalDns();
    if (spec.lookups() == 0) {
      return Lookups.NONE;
    }
    AppInstances app = appInstances[region];
    int instance = app.pick(instances.nextDouble());
    if (instance < 0) {
      return Lookups.NO_INSTANCE;
    }
    CircuitBreaker breaker = app.breaker(instance);
    if (breaker == null) {
      return resolve(region, instance, now, start, internal);
    }
    if (!breaker.allows(start)) {
      return Lookups.REFUSED;
    }
    Lookups done = resolve(region, instance, now, start, internal);
    breaker.record(start, done.failed());
    return done;
  }

  /** Resolves every dependency name on {@code instance}, stopping at the first failure. */
  private Lookups resolve(
      int region, int instance, double now, double start, StreamInterface draws) {
    TenantSpec.InternalDnsSpec spec = tenant.internalDns();
    AppDnsCaches cache = appInstances[region].caches();
    double spent = 0.0;
    for (int name = 0; name < spec.lookups(); name++) {
      double t = start + spent;
      if (cache.isFresh(instance, name, t)) {
        if (cache.cachedFailure(instance, name)) {
          return new Lookups(spent, true);
        }
        continue;
      }
      boolean failed = true;
      for (int attempt = 0; attempt < spec.attempts() && failed; attempt++) {
        Lookup r =
            resolvers[region].lookup(
                now, start + spent, names[name], draws.nextDouble(), stubTimeoutS[region]);
        spent += r.latencyS();
        failed = r.failed();
        if (r.result() == LookupResult.NXDOMAIN) {
          break;
        }
      }
      double ttl = failed ? spec.negativeTtlS() : spec.cacheTtlS();
      if (ttl > 0) {
        // Requests on the instance while the lookup is in flight share its answer (as the JVM's
        // resolver does); with caching off (TTL 0) every request asks on its own.
        cache.store(instance, name, failed, t, start + spent + ttl);
      }
      if (failed) {
        return new Lookups(spent, true);
      }
    }
    return spent == 0.0 ? Lookups.NONE : new Lookups(spent, false);
  }
}
