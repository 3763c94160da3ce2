package org.outagesim.model;

import java.util.Arrays;

/**
 * The recursive resolvers' cache entries for one tenant's public name.
 *
 * <p>Each resolver holds at most one entry: the region it points to (or {@link #FAILED}) and when
 * it expires, and it remembers the last good answer it had, which it may serve stale (RFC 8767). At
 * time 0 every entry is warm with a remaining life drawn by the caller (uniform over the TTL), so
 * caches are out of step as in a system that has been running for a long time.
 */
public final class PublicDnsCaches {

  /** No region: the cached answer is a failure. */
  public static final int FAILED = -1;

  private final double[] expiresAt;
  private final int[] answer;
  private final int[] lastGood;

  /**
   * @param resolvers number of recursive resolvers
   * @param initialAnswers the region index each resolver holds at time 0
   * @param initialExpiry expiry time of each resolver's entry at time 0
   */
  public PublicDnsCaches(int resolvers, int[] initialAnswers, double[] initialExpiry) {
    this.expiresAt = initialExpiry.clone();
    this.answer = Arrays.copyOf(initialAnswers, resolvers);
    this.lastGood = answer.clone();
  }

  /** Whether the resolver's entry still lives at {@code now}. */
  public boolean isFresh(int resolver, double now) {
    return now < expiresAt[resolver];
  }

  /** The cached region index, or {@link #FAILED}. */
  public int cachedAnswer(int resolver) {
    return answer[resolver];
  }

  /** The last region the resolver was given, or {@link #FAILED} if it never had one. */
  public int lastGoodAnswer(int resolver) {
    return lastGood[resolver];
  }

  /** Stores an answer (a region index or {@link #FAILED}) until {@code until}. */
  public void store(int resolver, int regionOrFailed, double until) {
    answer[resolver] = regionOrFailed;
    expiresAt[resolver] = until;
    if (regionOrFailed != FAILED) {
      lastGood[resolver] = regionOrFailed;
    }
  }
}
