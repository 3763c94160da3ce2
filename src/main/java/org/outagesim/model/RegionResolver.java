package org.outagesim.model;

import java.util.Arrays;
import java.util.List;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.RegionResolverFailure;

/**
 * A region's internal recursive resolver, as seen by the app instances that miss their cache.
 *
 * <p>A lookup at time {@code t}, in order:
 * <ol>
 *   <li>counts against the resolver's capacity (lookups per one-second window); beyond it the
 *       resolver is overloaded and answers SERVFAIL — retries therefore load it too;</li>
 *   <li>is answered empty if the resolver still holds an NXDOMAIN for that name, which it caches
 *       for the fault's negative TTL, also after the fault window has closed;</li>
 *   <li>fails, during a {@code region-resolver-failure}, with the fault's error rate at {@code t},
 *       in the fault's mode; an NXDOMAIN answer is then cached as above;</li>
 *   <li>otherwise succeeds.</li>
 * </ol>
 * Lookups arrive nearly, not strictly, in time order (each tenant's requests reach the resolver
 * when their service starts); a lookup earlier than the current window counts in it.
 */
public final class RegionResolver {

  private final double capacity;
  private final double timeoutS;
  private final List<RegionResolverFailure> faults;
  private final double[] emptyUntil;
  private long window = Long.MIN_VALUE;
  private long inWindow;

  /**
   * @param capacity lookups per second, {@code Double.POSITIVE_INFINITY} when unlimited
   * @param timeoutS how long a client waits for a lookup that is never answered
   * @param faults the resolver failures that hit this region
   * @param names dependency names that may be looked up (all tenants together)
   */
  public RegionResolver(double capacity, double timeoutS, List<RegionResolverFailure> faults, int names) {
    this.capacity = capacity;
    this.timeoutS = timeoutS;
    this.faults = List.copyOf(faults);
    this.emptyUntil = new double[names];
    Arrays.fill(emptyUntil, Double.NEGATIVE_INFINITY);
  }

  /**
   * Answers one lookup.
   *
   * @param t time of the lookup
   * @param name index of the dependency name
   * @param u a uniform draw in [0, 1) deciding whether a failing resolver fails this lookup
   */
  public LookupResult lookup(double t, int name, double u) {
    if (overloaded(t)) {
      return LookupResult.SERVFAIL;
    }
    if (t < emptyUntil[name]) {
      return LookupResult.NXDOMAIN;
    }
    for (RegionResolverFailure f : faults) {
      if (f.activeAt(t) && u < f.errorRate().valueAt(t - f.atS())) {
        return fail(f, t, name);
      }
    }
    return LookupResult.OK;
  }

  /** Time the asker loses on a lookup with this result. */
  public double latency(LookupResult r) {
    return r == LookupResult.TIMEOUT ? timeoutS : 0.0;
  }

  private LookupResult fail(RegionResolverFailure f, double t, int name) {
    if (f.mode() == DnsFailureMode.NXDOMAIN) {
      emptyUntil[name] = Math.max(emptyUntil[name], t + f.negativeTtlS());
      return LookupResult.NXDOMAIN;
    }
    return f.mode() == DnsFailureMode.TIMEOUT ? LookupResult.TIMEOUT : LookupResult.SERVFAIL;
  }

  private boolean overloaded(double t) {
    if (capacity == Double.POSITIVE_INFINITY) {
      return false;
    }
    long second = (long) Math.floor(t);
    if (second > window) {
      window = second;
      inWindow = 0;
    }
    inWindow++;
    return inWindow > capacity;
  }
}
