package org.outagesim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point of a sweep: a value for each varied parameter, as text in the scenario's own syntax
 * ({@code 10s}, {@code 0.3}, {@code true}), applied to the scenario as {@code --set path=value}.
 *
 * @param index position in the plan, from 0
 * @param values parameter path → value, in the plan's parameter order
 */
public record SweepPoint(int index, Map<String, String> values) {

  public SweepPoint {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The overrides that turn the base scenario into this point. */
  public List<String> overrides() {
    List<String> out = new ArrayList<>();
    values.forEach((path, value) -> out.add(path + "=" + value));
    return out;
  }
}
