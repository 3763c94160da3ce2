package org.outagesim.scenario;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known name a user probably meant, for "did you mean" hints. */
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
}
