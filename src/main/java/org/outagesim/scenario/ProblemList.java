package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems while reading goes on, so that the user sees all of them at once. Problems come
 * out ordered by line, file problems before those of the command line ({@code --set} overrides and
 * options such as {@code --seed}, whose "file" starts with {@code --}).
 */
final class ProblemList {
  private final List<Problem> problems = new ArrayList<>();

  /** Adds a problem; one of an option's value leaves out the path, which the option names. */
  void add(Origin origin, String path, String message) {
    problems.add(new Problem(origin.file(), origin.line(), origin.option() ? "" : path, message));
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

  /** The problems so far, sorted (stable, so problems on one line keep their order). */
  List<Problem> sorted() {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(
        Comparator.comparing((Problem p) -> p.line() == 0 && p.file().startsWith("--"))
            .thenComparingInt(Problem::line));
    return List.copyOf(out);
  }

  void throwIfAny() throws ScenarioException {
    if (!problems.isEmpty()) {
      throw new ScenarioException(sorted());
    }
  }
}
