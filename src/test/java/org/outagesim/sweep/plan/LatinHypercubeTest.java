package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

class LatinHypercubeTest {
  private static final String TTL = "tenants[shop].deployment.ttl";
  private static final String THRESHOLD = "tenants[shop].deployment.healthCheck.threshold";
  private static final String ERROR_RATE = "faults[0].errorRate";

  @Test
  void unitDesignHasExactlyOneSamplePerStratumInEveryDimension() {
    int samples = 25;
    double[][] design = LatinHypercube.unitDesign(samples, 4, 7);
    assertEquals(samples, design.length);
    for (int d = 0; d < 4; d++) {
      Set<Integer> strata = new HashSet<>();
      for (double[] row : design) {
        assertTrue(row[d] >= 0 && row[d] < 1);
        strata.add((int) Math.floor(row[d] * samples));
      }
      assertEquals(samples, strata.size(), "dimension " + d);
    }
  }

  @Test
  void sameSeedSameDesignOtherSeedOtherDesign() {
    assertTrue(
        Arrays.deepEquals(
            LatinHypercube.unitDesign(10, 3, 7), LatinHypercube.unitDesign(10, 3, 7)));
    assertTrue(
        !Arrays.deepEquals(
            LatinHypercube.unitDesign(10, 3, 7), LatinHypercube.unitDesign(10, 3, 8)));
  }

  @Test
  void sweepFileValuesStayInRangeWithOnePerStratum() throws ScenarioException {
    SweepPlan plan =
        SweepPlanner.fromFile(SweepFilePlanTest.SWEEPS.resolve("hypercube.yaml"), List.of());
    assertEquals("latin-hypercube", plan.design());
    assertEquals(List.of(TTL, THRESHOLD, ERROR_RATE), plan.parameters());
    assertEquals(20, plan.points().size());
    List<Double> ttl = new ArrayList<>();
    List<Double> rate = new ArrayList<>();
    Set<Integer> thresholds = new HashSet<>();
    for (SweepPoint p : plan.points()) {
      String t = p.values().get(TTL);
      assertTrue(t.matches("\\d+(\\.\\d{1,3})?s"), t);
      ttl.add(Double.parseDouble(t.substring(0, t.length() - 1)));
      String r = p.values().get(ERROR_RATE);
      assertTrue(r.matches("(0|1)(\\.\\d{1,6})?"), r);
      rate.add(Double.parseDouble(r));
      thresholds.add(Integer.parseInt(p.values().get(THRESHOLD)));
    }
    assertOnePerStratum(ttl, 10, 300, 20);
    assertOnePerStratum(rate, 0.2, 1, 20);
    assertEquals(
        Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
        thresholds,
        "20 samples over 10 integers: each one twice");
  }

  private static void assertOnePerStratum(
      List<Double> values, double min, double max, int samples) {
    Set<Integer> strata = new HashSet<>();
    for (double v : values) {
      assertTrue(v >= min && v <= max, v + " outside [" + min + ", " + max + "]");
      strata.add((int) Math.min(samples - 1, Math.floor((v - min) / (max - min) * samples)));
    }
    assertEquals(samples, strata.size());
  }

  @Test
  void integerRangeWithAsManySamplesAsIntegersGivesEachOnce() {
    LhsRange range = new LhsRange("p", LhsRange.Kind.INTEGER, 1, 10);
    List<String> values = new ArrayList<>();
    for (double[] row : LatinHypercube.unitDesign(10, 1, 3)) {
      values.add(range.valueAt(row[0]));
    }
    assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), new HashSet<>(values));
  }

  @Test
  void valuesAreWrittenAsPlainDecimalsAndSeconds() {
    assertEquals("42.5s", new LhsRange("p", LhsRange.Kind.DURATION, 10, 300).valueAt(32.5 / 290));
    assertEquals("0.25", new LhsRange("p", LhsRange.Kind.DECIMAL, 0, 1).valueAt(0.25));
    assertEquals(
        "1234.57",
        new LhsRange("p", LhsRange.Kind.DECIMAL, 10, 5000).valueAt((1234.5678 - 10) / 4990));
    assertEquals("0.0000015", new LhsRange("p", LhsRange.Kind.DECIMAL, 0, 0.00001).valueAt(0.15));
  }

  @Test
  void sweepFilePointsAreReproducible() throws ScenarioException {
    SweepPlan a =
        SweepPlanner.fromFile(SweepFilePlanTest.SWEEPS.resolve("hypercube.yaml"), List.of());
    SweepPlan b =
        SweepPlanner.fromFile(SweepFilePlanTest.SWEEPS.resolve("hypercube.yaml"), List.of());
    assertEquals(a.points(), b.points());
  }

  @Test
  void seedDefaultsToOne(@TempDir Path dir) throws Exception {
    String scenario = SweepFilePlanTest.SWEEPS.resolve("scenario.yaml").toAbsolutePath().toString();
    String body = "latinHypercube:\n  samples: 5\n%s  ranges:\n    " + TTL + ": [10s, 5m]\n";
    Files.writeString(
        dir.resolve("none.yaml"), "scenario: " + scenario + "\n" + body.formatted(""));
    Files.writeString(
        dir.resolve("one.yaml"), "scenario: " + scenario + "\n" + body.formatted("  seed: 1\n"));
    Files.writeString(
        dir.resolve("two.yaml"), "scenario: " + scenario + "\n" + body.formatted("  seed: 2\n"));
    List<SweepPoint> none = SweepPlanner.fromFile(dir.resolve("none.yaml"), List.of()).points();
    assertEquals(SweepPlanner.fromFile(dir.resolve("one.yaml"), List.of()).points(), none);
    assertNotEquals(SweepPlanner.fromFile(dir.resolve("two.yaml"), List.of()).points(), none);
  }
}
