package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** Morris trajectories have the properties their definition requires. */
class MorrisDesignTest {

  @Test
  void eachStepMovesOneValueUpByDeltaAndEachValueMovesOnce() {
    int k = 5;
    for (int levels : new int[] {4, 6}) {
      MorrisDesign d = MorrisDesign.of(k, 12, levels, new MersenneTwister(3));
      double delta = levels / (2.0 * (levels - 1));
      assertEquals(delta, d.delta(), 1e-12);
      assertEquals(12, d.points().size());
      for (int t = 0; t < 12; t++) {
        double[][] steps = d.points().get(t);
        assertEquals(k + 1, steps.length, "k + 1 points a trajectory");
        Set<Integer> moved = new HashSet<>();
        for (int s = 1; s <= k; s++) {
          int changed = -1;
          for (int i = 0; i < k; i++) {
            if (steps[s][i] != steps[s - 1][i]) {
              assertEquals(-1, changed, "one value changes per step");
              changed = i;
              assertEquals(delta, steps[s][i] - steps[s - 1][i], 1e-12, "by +Δ");
            }
          }
          assertEquals(d.moved().get(t).get(s - 1), changed, "the plan records which");
          moved.add(changed);
        }
        assertEquals(k, moved.size(), "every value moves exactly once");
        for (double[] p : steps) {
          for (double x : p) {
            double level = x * (levels - 1);
            assertEquals(Math.rint(level), level, 1e-9, "on the grid");
            assertTrue(x >= 0 && x <= 1 + 1e-12, "inside [0, 1]");
          }
        }
      }
    }
  }

  @Test
  void startsUseEveryLowerLevelAndTheSameSeedGivesTheSameDesign() {
    MorrisDesign a = MorrisDesign.of(3, 200, 4, new MersenneTwister(9));
    MorrisDesign b = MorrisDesign.of(3, 200, 4, new MersenneTwister(9));
    Set<Double> starts = new HashSet<>();
    for (int t = 0; t < 200; t++) {
      assertTrue(java.util.Arrays.deepEquals(a.points().get(t), b.points().get(t)));
      for (double x : a.points().get(t)[0]) {
        starts.add(x);
      }
    }
    assertEquals(Set.of(0.0, 1.0 / 3), starts, "levels 0 and 1/3, the ones in [0, 1 − Δ]");
    assertEquals(List.of(0, 1, 2), a.moved().get(0).stream().sorted().toList());
  }

  @Test
  void unitCoordinatesSpanTheFifthToNinetyFifthPercentile() {
    assertEquals(0.05, MorrisDesign.quantile(0), 1e-12);
    assertEquals(0.95, MorrisDesign.quantile(1), 1e-12);
  }
}
