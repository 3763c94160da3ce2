package org.outagesim.model;

import java.util.List;
import java.util.TreeSet;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.ResolverCapacityLoss;
import org.outagesim.model.spec.ResolverSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.stats.ResolverSeries;

/**
 * A region's internal recursive resolver, as seen by the app instances that miss their cache.
 *
 * <p>A lookup at time {@code t}, in order:
 *
 * <ol>
 *   <li>joins the resolver's FIFO work queue when the resolver has a finite {@code capacity}
 *       (lookups per second, each taking {@code 1/capacity} of its time; during a {@code
 *       resolver-capacity-loss} the capacity left, {@code capacity × (1 − fraction)}, when the
 *       lookup joins). A lookup that would wait longer than the client's timeout is answered too
 *       late: the asker sees a timeout, but the resolver still spends its time on it (wasted work,
 *       as a real resolver cannot tell that the asker has gone). A lookup that finds more than the
 *       resolver's {@code backlog} of work queued (two timeouts' worth by default), or a resolver
 *       with no capacity left, is dropped (the socket buffer is full) and also times out, at no
 *       cost to the resolver. So with a backlog longer than the timeout, once retries push the
 *       offered load above capacity every lookup times out and the load stays high after the
 *       trigger is gone: a metastable failure. With a backlog shorter than the timeout every lookup
 *       it accepts is answered in time, and under a steady overload it answers the share {@code
 *       capacity / offered} of the lookups;
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

  private final double capacity;
  private final double timeoutS;
  private final double backlogLimitS;
  private final List<RegionResolverFailure> faults;
  private final List<ResolverCapacityLoss> losses;
  private final List<List<RecordRemoval>> removals;
  private final NegativeAnswers empty;
  private final ResolverSeries series;
  private double nextFree = Double.NEGATIVE_INFINITY;
  private double clock = Double.NEGATIVE_INFINITY;
  private long overloaded;

  /**
   * @param spec capacity (lookups per second, {@code Double.POSITIVE_INFINITY} when unlimited),
   *     timeout (how long a client waits for a lookup that is never answered, unless it says
   *     otherwise) and backlog
   * @param faults the resolver failures that hit this region
   * @param losses the capacity losses of this region's resolver fleet
   * @param removals per name index: the record removals of that name that hit this region
   * @param horizonS the simulated horizon, for the per-minute series
   */
  public RegionResolver(
      ResolverSpec spec,
      List<RegionResolverFailure> faults,
      List<ResolverCapacityLoss> losses,
      List<List<RecordRemoval>> removals,
      double horizonS) {
    this.capacity = spec.capacity();
    this.timeoutS = spec.timeoutS();
    this.backlogLimitS = spec.backlogS();
    this.faults = List.copyOf(faults);
    this.losses = List.copyOf(losses);
    this.removals = List.copyOf(removals);
    this.empty = new NegativeAnswers(removals.size());
    int minutes = Math.max(1, (int) Math.ceil(horizonS / 60.0));
    this.series = new ResolverSeries(minutes, meanCapacities(minutes));
  }

  /**
   * A resolver with the default backlog and no capacity losses.
   *
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
    this(new ResolverSpec(capacity, timeoutS), faults, List.of(), removals, 60.0);
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
   * The capacity left at {@code t}, lookups per second: the full capacity times what every capacity
   * loss active at {@code t} leaves.
   */
  public double capacityAt(double t) {
    double c = capacity;
    for (ResolverCapacityLoss l : losses) {
      c *= l.remainingAt(t);
    }
    return c;
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
    Lookup answer = answer(now, t, name, u, waitS);
    series.lookup(t, answer.failed());
    return answer;
  }

  private Lookup answer(double now, double t, int name, double u, double waitS) {
    double latencyS = 0.0;
    if (capacity != Double.POSITIVE_INFINITY) {
      double c = losses.isEmpty() ? capacity : capacityAt(now);
      double wait = Math.max(0.0, nextFree - t);
      if (c <= 0.0 || wait > backlogLimitS) {
        return timedOut(waitS);
      }
      double begin = Math.max(nextFree, now);
      nextFree = begin + 1.0 / c;
      series.busy(begin, nextFree);
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

  /** Lookups that timed out because the resolver was overloaded or had no capacity left. */
  public long overloadedLookups() {
    return overloaded;
  }

  /** The per-minute lookups, failures, busy time and capacity so far. */
  public ResolverSeries series() {
    return series;
  }

  /**
   * The mean of {@link #capacityAt(double)} over each minute, exact for the piecewise-constant loss
   * profiles: the minute is cut at every step and window end.
   */
  private double[] meanCapacities(int minutes) {
    double[] out = new double[minutes];
    TreeSet<Double> cuts = new TreeSet<>();
    for (ResolverCapacityLoss l : losses) {
      cuts.add(l.atS());
      cuts.add(l.endS());
      for (StepProfile.Step s : l.fraction().steps()) {
        cuts.add(l.atS() + s.offsetS());
      }
    }
    for (int m = 0; m < minutes; m++) {
      double a = 60.0 * m;
      double b = a + 60.0;
      if (capacity == Double.POSITIVE_INFINITY || losses.isEmpty()) {
        out[m] = capacity;
        continue;
      }
      double sum = 0.0;
      double from = a;
      for (double cut : cuts.subSet(a, false, b, false)) {
        sum += capacityAt(from) * (cut - from);
        from = cut;
      }
      sum += capacityAt(from) * (b - from);
      out[m] = sum / 60.0;
    }
    return out;
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
