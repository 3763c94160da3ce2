package org.outagesim.model;

import java.util.Arrays;

/**
 * The empty answers (NXDOMAIN) a resolver holds, per name, each from the moment it was stored until
 * its negative TTL ends.
 *
 * <p>Lookups are evaluated when the request that needs them reaches a server, but are made at their
 * service start, which can lie later than the start of a lookup evaluated after them. An answer
 * stored at a later time must not be seen by an earlier lookup, so each name keeps the disjoint
 * intervals {@code [storedAt, until)} in which it is answered empty; intervals that end before the
 * simulation clock can no longer be seen and are dropped.
 */
final class NegativeAnswers {

  private final double[][] from;
  private final double[][] until;
  private final int[] count;

  NegativeAnswers(int names) {
    this.from = new double[names][2];
    this.until = new double[names][2];
    this.count = new int[names];
  }

  /** Whether {@code name} is answered empty at {@code t}; {@code now ≤ t} is the clock. */
  boolean emptyAt(int name, double now, double t) {
    int n = count[name];
    if (n == 0) {
      return false;
    }
    double[] f = from[name];
    double[] u = until[name];
    int kept = 0;
    boolean empty = false;
    for (int i = 0; i < n; i++) {
      if (u[i] <= now) {
        continue;
      }
      f[kept] = f[i];
      u[kept] = u[i];
      kept++;
      empty |= f[i] <= t && t < u[i];
    }
    count[name] = kept;
    return empty;
  }

  /** Stores an empty answer for {@code name} from {@code t} until {@code end}. */
  void store(int name, double t, double end) {
    double[] f = from[name];
    double[] u = until[name];
    int n = count[name];
    for (int i = 0; i < n; i++) {
      if (t <= u[i] && f[i] <= end) {
        // Overlapping or touching: one interval covers both.
        f[i] = Math.min(f[i], t);
        u[i] = Math.max(u[i], end);
        return;
      }
    }
    if (n == f.length) {
      from[name] = f = Arrays.copyOf(f, 2 * n);
      until[name] = u = Arrays.copyOf(u, 2 * n);
    }
    f[n] = t;
    u[n] = end;
    count[name] = n + 1;
  }
}
