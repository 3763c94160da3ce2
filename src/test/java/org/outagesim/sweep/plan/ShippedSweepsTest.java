package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outagesim.sweep.SweepPlan;

/**
 * Every sweep file in {@code scenarios/sweeps/} plans without problems: its every point is a valid
 * scenario.
 */
class ShippedSweepsTest {

  static Stream<Path> sweepFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios/sweeps"))) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertFalse(yaml.isEmpty(), "expected example sweep files in scenarios/sweeps");
      return yaml.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("sweepFiles")
  void plansEveryPoint(Path file) throws Exception {
    SweepPlan plan = SweepPlanner.fromFile(file, List.of());
    assertTrue(plan.points().size() >= 2, file + " has " + plan.points().size() + " points");
    assertFalse(plan.parameters().isEmpty());
  }
}
