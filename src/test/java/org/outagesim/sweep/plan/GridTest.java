package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridTest {

  @Test
  void lastParameterVariesFastest() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("a", List.of("1", "2", "3"));
    values.put("b", List.of("x", "y"));
    List<Map<String, String>> points = Grid.points(values);
    assertEquals(6, points.size());
    assertEquals(
        List.of("1x", "1y", "2x", "2y", "3x", "3y"),
        points.stream().map(p -> p.get("a") + p.get("b")).toList());
    assertEquals(List.of("a", "b"), List.copyOf(points.get(0).keySet()));
  }
}
