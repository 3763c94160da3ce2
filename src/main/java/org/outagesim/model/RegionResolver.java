package org.outagesim.model;

import java.util.List;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionResolverFailure;

/**
 * A region's internal recursive resolver, as seen by the app instances that miss their cache.
 *
 * <p>A lookup at time {@code t}, in order:
 *
 * <ol>
 *   <li>joins the resolver's FIFO work queue when the resolver has a finite {@code capacity}
 *       (lookups per second, each taking {@code 1/capacity} of its time). A lookup that would wait
 *       longer than the client's timeout is answered too late: the asker sees a timeout, but the
 *       resolver still spends its time on it (wasted work, as a real resolver cannot tell that the
 *       asker has gone). A lookup that finds more than two timeouts' worth of work queued is
 *       dropped (the socket buffer is full) and also times out, at no cost to the resolver. So when
 *       retries push the offered load above capacity, every lookup times out and the load stays
 *       high after the trigger is gone: a metastable failure;
 *   <li>is answered empty if the resolver still holds an NXDOMAIN for that name, which it caches
 *       for the fault's negative TTL, also after the fault window has closed;
 *   <li>is answered empty, during a {@code record-removal} of that name in this region, with the
 *       removal's error rate at {@code t}; the empty answer is cached as above;
 *   <li>fails, during a {@code region-resolver-failure}, with the fault's error rate at {@code t},
 *       in the fault's mode; an NXDOMAIN answer is then cached as above;
 *   <li>otherwise succeeds.
 * </ol>
 *
 * A lookup is known when the request that needs it arrives ({@code now}, the simulation clock), but
 * is made when its service starts ({@code t ≥ now}, after queueing at the tenant's servers). The
 * work queue advances with the clock: the lookup's work joins the queue as it stands at {@code
 * now}, and its wait is what is left of that queue at {@code t}. Advancing the queue to a future
 * {@code t} instead would let a single late-starting lookup block every lookup made before it with
 * an idle gap that never existed. Lookups must therefore become known in time order (the request
 * path schedules a request's arrival at the servers as its own event), and an empty answer exists
 * only from the time it was stored ({@link NegativeAnswers}).
 */
public final class RegionResolver {

  private static final double BACKLOG_TIMEOUTS = 2.0;

  private final double workS;
  private final double timeoutS;
  private final double backlogLimitS;
  private final List<RegionResolverFailure> faults;
  private final List<List<RecordRemoval>> removals;
  private final NegativeAnswers empty;
  private double nextFree = Double.NEGATIVE_INFINITY;
  private double clock = Double.NEGATIVE_INFINITY;
  private long overloaded;

  /**
   * @param capacity lookups per second, {@code Double.POSITIVE_INFINITY} when unlimited
   * @param timeoutS how long a client waits for a lookup that is never answered, unless it says
   *     otherwise; a backlog of twice this much work fills the resolver's socket buffer
   * @param faults the resolver failures that hit this region
   * @param removals per name index: the record removals of that name that hit this region
   */
  public RegionResolver(
      double capacity,
      double timeoutS,
      List<RegionResolverFailure> faults,
      List<List<RecordRemoval>> removals) {
    this.workS = capacity == Double.POSITIVE_INFINITY ? 0.0 : 1.0 / capacity;
    this.timeoutS = timeoutS;
    this.backlogLimitS = BACKLOG_TIMEOUTS * timeoutS;
    this.faults = List.copyOf(faults);
    this.removals = List.copyOf(removals);
    this.empty = new NegativeAnswers(removals.size());
  }

  /** A resolver with {@code names} dependency names and no record removals. */
  public RegionResolver(
      double capacity, double timeoutS, List<RegionResolverFailure> faults, int names) {
    this(capacity, timeoutS, faults, java.util.Collections.nCopies(names, List.of()));
  }

  /**
   * Answers a lookup made at {@code t}, known at {@code t}; see {@link #lookup(double, double, int,
   * double)}.
   */
  public Lookup lookup(double t, int name, double u) {
    return lookup(t, t, name, u);
  }

  /** Answers one lookup from an asker that waits the resolver's {@code timeout}. */
  public Lookup lookup(double now, double t, int name, double u) {
    return lookup(now, t, name, u, timeoutS);
  }

  /** The region's timeout: how long an asker without a timeout of its own waits. */
  public double timeoutS() {
    return timeoutS;
  }

  /**
   * Answers one lookup.
   *
   * @param now the simulation clock when the lookup becomes known; never less than that of an
   *     earlier call
   * @param t time the lookup is made, at or after {@code now}
   * @param name index of the dependency name
   * @param u a uniform draw in [0, 1) deciding whether a failing resolver fails this lookup
   * @param waitS how long the asker waits for an answer before it sees a timeout
   * @throws IllegalArgumentException when {@code now} lies before the clock of an earlier lookup
   */
  public Lookup lookup(double now, double t, int name, double u, double waitS) {
    if (now < clock) {
      throw new IllegalArgumentException(
          "lookup known at " + now + " s after one known at " + clock + " s");
    }
    clock = now;
    double latencyS = 0.0;
    if (workS > 0.0) {
      double wait = Math.max(0.0, nextFree - t);
      if (wait > backlogLimitS) {
        return timedOut(waitS);
      }
      nextFree = Math.max(nextFree, now) + workS;
      if (wait > waitS) {
        return timedOut(waitS);
      }
      latencyS = wait;
    }
    if (empty.emptyAt(name, now, t)) {
      return Lookup.of(LookupResult.NXDOMAIN, latencyS);
    }
    for (RecordRemoval r : removals.get(name)) {
      if (r.activeAt(t) && u < r.errorRate().valueAt(t - r.atS())) {
        empty.store(name, t, t + r.negativeTtlS());
        return Lookup.of(LookupResult.NXDOMAIN, latencyS);
      }
    }
    for (RegionResolverFailure f : faults) {
      if (f.activeAt(t) && u < f.errorRate().valueAt(t - f.atS())) {
        return fail(f, t, name, latencyS, waitS);
      }
    }
    return Lookup.of(LookupResult.OK, latencyS);
  }

  /** Lookups that timed out because the resolver was overloaded. */
  public long overloadedLookups() {
    return overloaded;
  }

  private Lookup timedOut(double waitS) {
    overloaded++;
    return Lookup.of(LookupResult.TIMEOUT, waitS);
  }

  private Lookup fail(RegionResolverFailure f, double t, int name, double latencyS, double waitS) {
    if (f.mode() == DnsFailureMode.NXDOMAIN) {
      empty.store(name, t, t + f.negativeTtlS());
      return Lookup.of(LookupResult.NXDOMAIN, latencyS);
    }
    if (f.mode() == DnsFailureMode.TIMEOUT) {
      return Lookup.of(LookupResult.TIMEOUT, waitS);
    }
    return Lookup.of(LookupResult.SERVFAIL, latencyS);
  }
}
