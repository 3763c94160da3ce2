package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.outagesim.model.spec.StepProfile;

/**
 * Reads a fault value that may change over the fault's window: a constant ({@code 0.5}, {@code
 * 200ms}) or a list of {@code [offset, value]} steps ({@code [[0m, 0.3], [20m, 1.0]]}). Offsets are
 * durations from the fault's {@code at}: the first is {@code 0s}, they increase strictly and lie
 * inside the fault's window, so every step can take effect.
 */
final class StepProfileReader {

  /** What a profile's values are: how they are written and which range they must fall in. */
  enum Values {
    RATE("rate", "[20m, 1.0]", Value.real(Range.FRACTION)),
    FRACTION("fraction", "[20m, 0.5]", Value.real(Range.FRACTION)),
    DELAY("delay", "[10m, 2s]", Value.duration(Range.NON_NEGATIVE_DURATION));

    /** A step's offset from the fault's {@code at}. */
    static final Shape OFFSET =
        Shape.leaf(
            Value.duration(Range.NON_NEGATIVE_DURATION),
            "Offset from the fault's at; the first is 0s, then increasing, inside the fault's window.");

    private final String noun;
    private final String example;

    // Shape is immutable in fact (every method returns a new one) but carries no @Immutable.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Shape valueShape;

    Values(String noun, String example, Value value) {
      this.noun = noun;
      this.example = example;
      this.valueShape = Shape.leaf(value, "A " + noun + ".");
    }

    /** What one value (the constant, or a step's second element) is declared to hold. */
    Shape valueShape() {
      return valueShape;
    }

    private double read(Field f, double def) {
      return this == DELAY ? f.duration(def) : f.number(def);
    }
  }

  private StepProfileReader() {}

  /**
   * The profile, or a constant {@code def} when the key is absent; a wrong value or step is
   * reported and left out.
   */
  static StepProfile read(Field f, double def, double faultDurationS) {
    Values values = f.stepValues();
    if (!(f.node() instanceof Node.Sequence seq)) {
      return StepProfile.constant(values.read(f.constantOfSteps(), def));
    }
    if (seq.items().isEmpty()) {
      f.problem(
          "expected a "
              + values.noun
              + " or a list of [offset, "
              + values.noun
              + "] steps, got an empty list");
    }
    List<StepProfile.Step> steps = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      StepProfile.Step step = step(seq.items().get(i), f, i, values, faultDurationS, steps);
      if (step != null) {
        steps.add(step);
      }
    }
    return new StepProfile(steps);
  }

  private static StepProfile.Step step(
      Node item,
      Field list,
      int i,
      Values values,
      double faultDurationS,
      List<StepProfile.Step> before) {
    Field pair = list.element(item, i);
    if (!(item instanceof Node.Sequence s) || s.items().size() != 2) {
      pair.problem(
          "expected an [offset, "
              + values.noun
              + "] pair like "
              + values.example
              + ", got "
              + item.describe());
      return null;
    }
    Field offsetField = pair.element(s.items().get(0), 0, Values.OFFSET);
    double offset = offsetField.duration(-1);
    double value = values.read(pair.element(s.items().get(1), 1, values.valueShape()), 0);
    if (offset < 0) {
      return null;
    }
    if (before.isEmpty() && i == 0 && offset != 0) {
      offsetField.problem("the first step must start at 0s, got " + DurationFormat.format(offset));
    } else if (!before.isEmpty() && offset <= before.get(before.size() - 1).offsetS()) {
      offsetField.problem(
          "offsets must increase: "
              + DurationFormat.format(offset)
              + " follows "
              + DurationFormat.format(before.get(before.size() - 1).offsetS()));
    } else if (offset >= faultDurationS) {
      offsetField.problem(
          "the step starts at "
              + DurationFormat.format(offset)
              + ", after the fault ends ("
              + DurationFormat.format(faultDurationS)
              + ")");
    }
    return new StepProfile.Step(offset, value);
  }
}
