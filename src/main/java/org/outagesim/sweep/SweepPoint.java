package org.outagesim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point of a sweep: a value for each of the plan's parameters, as text in the scenario's own
 * syntax ({@code 10s}, {@code 0.3}, {@code true}) or a label such as a design's name, and what
 * turns the base scenario into the point: overrides applied like {@code --set path=value}, then a
 * change of the loaded scenario.
 *
 * @param index position in the plan, from 0
 * @param values parameter → value, in the plan's parameter order; the point's columns in every file
 * @param overrides applied to the base scenario after the plan's base overrides
 * @param change applied to the scenario once loaded with the overrides
 */
public record SweepPoint(
    int index, Map<String, String> values, List<String> overrides, ScenarioChange change) {

  public SweepPoint {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    overrides = List.copyOf(overrides);
  }

  /** A point of varied parameters: each value is applied as {@code --set path=value}. */
  public SweepPoint(int index, Map<String, String> values) {
    this(index, values, asOverrides(values), ScenarioChange.NONE);
  }

  private static List<String> asOverrides(Map<String, String> values) {
    List<String> out = new ArrayList<>();
    values.forEach((path, value) -> out.add(path + "=" + value));
    return out;
  }
}
