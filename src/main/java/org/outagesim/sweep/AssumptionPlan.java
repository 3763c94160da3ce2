package org.outagesim.sweep;

import java.util.List;
import org.outagesim.model.spec.UncertainSpec;

/**
 * A study of a scenario's assumptions ({@code uncertain:}), run as a sweep. Three kinds:
 *
 * <ul>
 *   <li>{@link Kind#UNCERTAINTY}: point 0 is the base case, points 1..N a Latin-hypercube sample of
 *       all the uncertain values together;
 *   <li>{@link Kind#ONE_AT_A_TIME}: point 0 is the base case; points {@code 2i + 1} and {@code 2i +
 *       2} put value {@code i} at the 5th and 95th percentile of its distribution, the others at
 *       base;
 *   <li>{@link Kind#MORRIS}: {@code trajectories} trajectories of {@code k + 1} points each, point
 *       {@code t (k + 1) + s} the step {@code s} of trajectory {@code t}; step {@code s ≥ 1} moves
 *       the value {@code moved[t][s - 1]} up by Δ on the unit scale.
 * </ul>
 *
 * Every point runs the same replication seeds, so differences between points are paired.
 *
 * @param sweep the sweep that runs it
 * @param kind which study
 * @param uncertain the uncertain values, in the scenario's order
 * @param moved for Morris: per trajectory, the value moved at each step (indices into {@code
 *     uncertain}); empty otherwise
 * @param delta for Morris: the step Δ on the unit scale; 0 otherwise
 * @param levels for Morris: the number of grid levels p; 0 otherwise
 */
public record AssumptionPlan(
    SweepPlan sweep,
    Kind kind,
    List<UncertainSpec> uncertain,
    List<List<Integer>> moved,
    double delta,
    int levels) {

  /** The plan kinds, as in the manifest. */
  public enum Kind {
    UNCERTAINTY("uncertainty"),
    ONE_AT_A_TIME("one-at-a-time"),
    MORRIS("morris");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** The 5th and 95th percentiles: the low and high end of a one-at-a-time run. */
  public static final double LOW = 0.05;

  /** The high end of a one-at-a-time run. */
  public static final double HIGH = 0.95;

  public AssumptionPlan {
    uncertain = List.copyOf(uncertain);
    moved = moved.stream().map(List::copyOf).toList();
  }

  /** The uncertain values' paths, in order. */
  public List<String> paths() {
    return uncertain.stream().map(UncertainSpec::path).toList();
  }
}
