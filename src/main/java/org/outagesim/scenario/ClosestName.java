package org.outagesim.scenario;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the known name a user probably meant, for "did you mean" hints. Callers pass only the names
 * that would be valid where the unknown one was written (a secondary region is never offered the
 * primary, a profile never itself as its base), so following a hint cannot lead to the next error;
 * when no name is close, the valid ones are listed instead.
 */
public final class ClosestName {
  private static final int MAX_DISTANCE = 2;
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_DISTANCE);

  private ClosestName() {}

  /** The first candidate at the smallest edit distance, if that distance is at most 2. */
  public static Optional<String> to(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = DISTANCE.apply(given, candidate);
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code ", did you mean 'x'?"} or an empty string. */
  public static String hint(String given, Collection<String> candidates) {
    return to(given, candidates).map(c -> ", did you mean '" + c + "'?").orElse("");
  }

  /**
   * {@code ", did you mean 'x'?"} when a candidate is close, otherwise {@code "; known Ws are a, b,
   * c"} (W being {@code what}), or nothing when there are no candidates.
   */
  public static String hintOrList(String what, String given, Collection<String> candidates) {
    if (candidates.isEmpty()) {
      return "";
    }
    return to(given, candidates)
        .map(c -> ", did you mean '" + c + "'?")
        .orElse("; known " + what + "s are " + String.join(", ", candidates));
  }

  /**
   * {@code unknown W 'x', did you mean 'y'?} when a candidate is close; otherwise {@code unknown W
   * 'x'; known Ws are a, b, c}, or {@code unknown W 'x'; no Ws are defined}.
   */
  public static String unknown(String what, String given, Collection<String> candidates) {
    String known =
        candidates.isEmpty()
            ? "; no " + what + "s are defined"
            : hintOrList(what, given, candidates);
    return "unknown " + what + " '" + given + "'" + known;
  }
}
