package org.outagesim.sweep.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full factorial design: every combination of the parameters' values, in parameter order with
 * the last parameter varying fastest (like nested loops, or an odometer), so that {@code a: [1, 2],
 * b: [x, y]} gives a=1 b=x, a=1 b=y, a=2 b=x, a=2 b=y.
 */
final class Grid {

  private Grid() {}

  /**
   * Returns every combination of the values, the first parameter varying slowest.
   *
   * @param values parameter path → its values, in parameter order; every list non-empty
   * @return one map path → value per point, in run order
   */
  static List<Map<String, String>> points(Map<String, List<String>> values) {
    List<Map<String, String>> points = new ArrayList<>();
    points.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<String>> parameter : values.entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : points) {
        for (String value : parameter.getValue()) {
          Map<String, String> point = new LinkedHashMap<>(partial);
          point.put(parameter.getKey(), value);
          next.add(point);
        }
      }
      points = next;
    }
    return points;
  }
}
