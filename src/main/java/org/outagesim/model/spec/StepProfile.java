package org.outagesim.model.spec;

import java.util.List;

/**
 * A piecewise-constant function of the time since a fault started, e.g. an error rate {@code [[0m,
 * 0.3], [20m, 1.0], [70m, 0.5]]}. Each value holds from its offset until the next step; before the
 * first step the value is 0.
 *
 * @param steps steps in strictly increasing offset order
 */
public record StepProfile(List<Step> steps) implements java.io.Serializable {

  /** One step: from {@code offsetS} seconds after the fault start, the value is {@code value}. */
  public record Step(double offsetS, double value) implements java.io.Serializable {}

  public StepProfile {
    steps = List.copyOf(steps);
  }

  public static StepProfile constant(double value) {
    return new StepProfile(List.of(new Step(0.0, value)));
  }

  /** The value at {@code offsetS} seconds after the start of the fault. */
  public double valueAt(double offsetS) {
    double v = 0.0;
    for (Step s : steps) {
      if (s.offsetS() > offsetS) {
        break;
      }
      v = s.value();
    }
    return v;
  }
}
