package org.outagesim.sweep.plan;

import java.util.Collection;
import org.outagesim.scenario.ClosestName;

/**
 * "Did you mean" texts for misspelt sweep keys and names, from the scenario reader's {@link
 * ClosestName} (the first known name at the smallest edit distance, at most 2).
 */
final class DidYouMean {

  private DidYouMean() {}

  /** {@code ", did you mean 'x'?"} or an empty string. */
  static String hint(String given, Collection<String> candidates) {
    return ClosestName.hint(given, candidates);
  }

  /**
   * {@code unknown key 'x', did you mean 'y'?} when a name is close; otherwise {@code unknown key
   * 'x'; known keys are a, b, c}.
   */
  static String unknown(String what, String given, Collection<String> candidates) {
    return ClosestName.unknown(what, given, candidates);
  }
}
