package org.outagesim.sweep.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.outagesim.scenario.Problem;
import org.outagesim.scenario.ScenarioException;

/**
 * Collects the problems of a sweep while planning goes on, so that the user sees all of them at
 * once. Problems of the sweep file come first, ordered by line; the others (the scenario's, the
 * points') follow in the order found. A problem found twice is reported once.
 */
final class PlanProblems {
  private final Set<Problem> problems = new LinkedHashSet<>();

  void add(Place place, String path, String message) {
    problems.add(new Problem(place.file(), place.line(), path, message));
  }

  void add(Problem problem) {
    problems.add(problem);
  }

  void addAll(List<Problem> more) {
    problems.addAll(more);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * @param sweepFile the sweep file's name, whose problems are sorted by line and put first; or
   *     {@code null} when the sweep came from the command line
   */
  void throwIfAny(String sweepFile) throws ScenarioException {
    if (problems.isEmpty()) {
      return;
    }
    List<Problem> out = new ArrayList<>(problems);
    out.sort(
        Comparator.comparing((Problem p) -> !p.file().equals(sweepFile))
            .thenComparingInt(p -> p.file().equals(sweepFile) ? p.line() : 0));
    throw new ScenarioException(out);
  }
}
