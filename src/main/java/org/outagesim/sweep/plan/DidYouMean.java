package org.outagesim.sweep.plan;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The "did you mean" hint for a misspelt key: the first known name at the smallest edit distance,
 * if that distance is at most 2 (the rule the scenario reader uses).
 */
final class DidYouMean {
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

  private DidYouMean() {}

  /** {@code ", did you mean 'x'?"} or an empty string. */
  static String hint(String given, Collection<String> candidates) {
    String best = closest(given, candidates);
    return best == null ? "" : ", did you mean '" + best + "'?";
  }

  /**
   * {@code unknown key 'x', did you mean 'y'?} when a name is close; otherwise
   * {@code unknown key 'x'; known keys are a, b, c}.
   */
  static String unknown(String what, String given, Collection<String> candidates) {
    String best = closest(given, candidates);
    return "unknown " + what + " '" + given + "'"
        + (best == null ? "; known " + what + "s are " + String.join(", ", candidates) : ", did you mean '" + best + "'?");
  }

  private static String closest(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = DISTANCE.apply(given, candidate);
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }
}
