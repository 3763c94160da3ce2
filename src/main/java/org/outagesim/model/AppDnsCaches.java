package org.outagesim.model;

/**
 * The app instances' DNS caches for one tenant in one region: one entry per (instance, dependency
 * name), holding whether the last lookup succeeded and when the entry expires.
 *
 * <p>Answers live {@code cacheTtl}, failures {@code negativeTtl} (the JVM defaults are 30 s and 10
 * s). A TTL of 0 disables caching: every request asks the region resolver. An entry exists from the
 * time its lookup was made: a lookup made earlier (by a request that reached its server later but
 * started service earlier) does not see it.
 */
public final class AppDnsCaches {

  private final int names;
  private final double[] storedAt;
  private final double[] expiresAt;
  private final boolean[] failed;

  /**
   * @param instances app instances
   * @param names dependency names each request resolves
   * @param initialExpiry expiry of each entry at time 0, indexed {@code instance * names + name}
   */
  public AppDnsCaches(int instances, int names, double[] initialExpiry) {
    this.names = names;
    this.storedAt = new double[initialExpiry.length];
    java.util.Arrays.fill(storedAt, Double.NEGATIVE_INFINITY);
    this.expiresAt = initialExpiry.clone();
    this.failed = new boolean[instances * names];
  }

  /** Whether the entry for ({@code instance}, {@code name}) lives at {@code t}. */
  public boolean isFresh(int instance, int name, double t) {
    int i = instance * names + name;
    return storedAt[i] <= t && t < expiresAt[i];
  }

  /** Whether the live entry holds a failure. */
  public boolean cachedFailure(int instance, int name) {
    return failed[instance * names + name];
  }

  /** Empties the instance's cache, as for a freshly started instance. */
  public void forget(int instance) {
    for (int i = instance * names; i < (instance + 1) * names; i++) {
      storedAt[i] = Double.NEGATIVE_INFINITY;
      expiresAt[i] = Double.NEGATIVE_INFINITY;
      failed[i] = false;
    }
  }

  /** Stores the answer of a lookup made at {@code from}, living until {@code until}. */
  public void store(int instance, int name, boolean failure, double from, double until) {
    int i = instance * names + name;
    storedAt[i] = from;
    failed[i] = failure;
    expiresAt[i] = until;
  }
}
