package org.outagesim.scenario;

import java.util.List;

/** A scenario could not be loaded; carries every problem found, in file order. */
public class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(
        problems.size()
            + " problem(s) in scenario, first: "
            + (problems.isEmpty() ? "" : problems.get(0)));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
