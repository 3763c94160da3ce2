package org.outagesim.model;

import java.util.Arrays;

/**
 * The recursive resolvers' cache entries for one tenant's public name.
 *
 * <p>Each resolver holds at most one answer: the region it points to and when it expires. When
 * the entry has expired the resolver asks the authoritative DNS and caches the answer for the
 * record's TTL, plus {@code extra} seconds if it is a TTL-violating resolver. At time 0 every
 * entry is warm with a remaining life drawn by the caller (uniform over the TTL), so caches are
 * out of step as in a system that has been running for a long time.
 */
public final class PublicDnsCaches {

  /** No region: the cached answer is a failure. */
  public static final int FAILED = -1;

  private final double[] expiresAt;
  private final int[] answer;

  /**
   * @param resolvers number of recursive resolvers
   * @param initialAnswer the region index every resolver holds at time 0
   * @param initialExpiry expiry time of each resolver's entry at time 0
   */
  public PublicDnsCaches(int resolvers, int initialAnswer, double[] initialExpiry) {
    this.expiresAt = initialExpiry.clone();
    this.answer = new int[resolvers];
    Arrays.fill(answer, initialAnswer);
  }

  /** Whether the resolver's entry still lives at {@code now}. */
  public boolean isFresh(int resolver, double now) {
    return now < expiresAt[resolver];
  }

  /** The cached region index, or {@link #FAILED}. */
  public int cachedAnswer(int resolver) {
    return answer[resolver];
  }

  /** Stores an answer (a region index or {@link #FAILED}) until {@code until}. */
  public void store(int resolver, int regionOrFailed, double until) {
    answer[resolver] = regionOrFailed;
    expiresAt[resolver] = until;
  }
}
