package org.outagesim.model;

import java.util.Arrays;
import java.util.List;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionResolverFailure;

/**
 * A region's internal recursive resolver, as seen by the app instances that miss their cache.
 *
 * <p>A lookup at time {@code t}, in order:
 * <ol>
 *   <li>joins the resolver's FIFO work queue when the resolver has a finite {@code capacity}
 *       (lookups per second, each taking {@code 1/capacity} of its time). A lookup that would wait
 *       longer than the client's timeout is answered too late: the asker sees a timeout, but the
 *       resolver still spends its time on it (wasted work, as a real resolver cannot tell that
 *       the asker has gone). A lookup that finds more than two timeouts' worth of work queued is
 *       dropped (the socket buffer is full) and also times out, at no cost to the resolver. So
 *       when retries push the offered load above capacity, every lookup times out and the load
 *       stays high after the trigger is gone: a metastable failure;</li>
 *   <li>is answered empty if the resolver still holds an NXDOMAIN for that name, which it caches
 *       for the fault's negative TTL, also after the fault window has closed;</li>
 *   <li>is answered empty, during a {@code record-removal} of that name in this region, with the
 *       removal's error rate at {@code t}; the empty answer is cached as above;</li>
 *   <li>fails, during a {@code region-resolver-failure}, with the fault's error rate at {@code t},
 *       in the fault's mode; an NXDOMAIN answer is then cached as above;</li>
 *   <li>otherwise succeeds.</li>
 * </ol>
 * A lookup is known when the request that needs it arrives ({@code now}, the simulation clock),
 * but is made when its service starts ({@code t ≥ now}, after queueing at the tenant's servers).
 * The work queue advances with the clock: the lookup's work joins the queue as it stands at
 * {@code now}, and its wait is what is left of that queue at {@code t}. Advancing the queue to a
 * future {@code t} instead would let a single late-starting lookup block every lookup made before
 * it with an idle gap that never existed.
 */
public final class RegionResolver {

  private static final double BACKLOG_TIMEOUTS = 2.0;

  private final double workS;
  private final double timeoutS;
  private final double backlogLimitS;
  private final List<RegionResolverFailure> faults;
  private final List<List<RecordRemoval>> removals;
  private final double[] emptyUntil;
  private double nextFree = Double.NEGATIVE_INFINITY;
  private double lastLatencyS;
  private long overloaded;

  /**
   * @param capacity lookups per second, {@code Double.POSITIVE_INFINITY} when unlimited
   * @param timeoutS how long a client waits for a lookup that is never answered
   * @param faults the resolver failures that hit this region
   * @param removals per name index: the record removals of that name that hit this region
   */
  public RegionResolver(double capacity, double timeoutS, List<RegionResolverFailure> faults,
      List<List<RecordRemoval>> removals) {
    this.workS = capacity == Double.POSITIVE_INFINITY ? 0.0 : 1.0 / capacity;
    this.timeoutS = timeoutS;
    this.backlogLimitS = BACKLOG_TIMEOUTS * timeoutS;
    this.faults = List.copyOf(faults);
    this.removals = List.copyOf(removals);
    this.emptyUntil = new double[removals.size()];
    Arrays.fill(emptyUntil, Double.NEGATIVE_INFINITY);
  }

  /** A resolver with {@code names} dependency names and no record removals. */
  public RegionResolver(double capacity, double timeoutS, List<RegionResolverFailure> faults, int names) {
    this(capacity, timeoutS, faults, java.util.Collections.nCopies(names, List.of()));
  }

  /** Answers a lookup made at {@code t}, known at {@code t}; see {@link #lookup(double, double, int, double)}. */
  public LookupResult lookup(double t, int name, double u) {
    return lookup(t, t, name, u);
  }

  /**
   * Answers one lookup; its latency is then {@link #lastLatencyS()}.
   *
   * @param now the simulation clock when the lookup becomes known
   * @param t time the lookup is made, at or after {@code now}
   * @param name index of the dependency name
   * @param u a uniform draw in [0, 1) deciding whether a failing resolver fails this lookup
   */
  public LookupResult lookup(double now, double t, int name, double u) {
    lastLatencyS = 0.0;
    if (workS > 0.0) {
      double wait = Math.max(0.0, nextFree - t);
      if (wait > backlogLimitS) {
        return timedOut();
      }
      nextFree = Math.max(nextFree, now) + workS;
      if (wait > timeoutS) {
        return timedOut();
      }
      lastLatencyS = wait;
    }
    if (t < emptyUntil[name]) {
      return LookupResult.NXDOMAIN;
    }
    for (RecordRemoval r : removals.get(name)) {
      if (r.activeAt(t) && u < r.errorRate().valueAt(t - r.atS())) {
        emptyUntil[name] = Math.max(emptyUntil[name], t + r.negativeTtlS());
        return LookupResult.NXDOMAIN;
      }
    }
    for (RegionResolverFailure f : faults) {
      if (f.activeAt(t) && u < f.errorRate().valueAt(t - f.atS())) {
        return fail(f, t, name);
      }
    }
    return LookupResult.OK;
  }

  /** Time the asker lost on the last lookup: queueing at the resolver, or the timeout. */
  public double lastLatencyS() {
    return lastLatencyS;
  }

  /** Lookups that timed out because the resolver was overloaded. */
  public long overloadedLookups() {
    return overloaded;
  }

  private LookupResult timedOut() {
    overloaded++;
    lastLatencyS = timeoutS;
    return LookupResult.TIMEOUT;
  }

  private LookupResult fail(RegionResolverFailure f, double t, int name) {
    if (f.mode() == DnsFailureMode.NXDOMAIN) {
      emptyUntil[name] = Math.max(emptyUntil[name], t + f.negativeTtlS());
      return LookupResult.NXDOMAIN;
    }
    if (f.mode() == DnsFailureMode.TIMEOUT) {
      lastLatencyS = timeoutS;
      return LookupResult.TIMEOUT;
    }
    return LookupResult.SERVFAIL;
  }
}
