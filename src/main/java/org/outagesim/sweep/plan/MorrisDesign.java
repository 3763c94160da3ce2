package org.outagesim.sweep.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris's elementary-effects design (Morris 1991): {@code r} trajectories through a grid of {@code
 * p} levels {0, 1/(p − 1), …, 1} in each of {@code k} dimensions, with step Δ = p / (2 (p − 1)). A
 * trajectory starts at a point whose every coordinate is drawn uniformly from the levels in [0, 1 −
 * Δ]; then, in a random order of the dimensions, each coordinate in turn moves up by Δ. So a
 * trajectory has k + 1 points, consecutive points differ in exactly one coordinate, by Δ, and every
 * coordinate moves exactly once. The cost is r (k + 1) points.
 *
 * @param points per trajectory, its k + 1 points of k unit coordinates
 * @param moved per trajectory, the dimension moved at each of its k steps
 * @param delta the step Δ
 */
record MorrisDesign(List<double[][]> points, List<List<Integer>> moved, double delta) {

  /** The unit coordinate x stands for the quantile 0.05 + 0.9 x of a value's distribution. */
  static double quantile(double x) {
    return 0.05 + 0.9 * x;
  }

  static MorrisDesign of(int k, int trajectories, int levels, RandomGenerator rng) {
    double delta = levels / (2.0 * (levels - 1));
    int startLevels = levels / 2; // levels i / (p − 1) with i / (p − 1) <= 1 − Δ
    List<double[][]> points = new ArrayList<>();
    List<List<Integer>> moved = new ArrayList<>();
    for (int t = 0; t < trajectories; t++) {
      double[] x = new double[k];
      for (int d = 0; d < k; d++) {
        x[d] = rng.nextInt(startLevels) / (levels - 1.0);
      }
      int[] order = new int[k];
      for (int d = 0; d < k; d++) {
        order[d] = d;
      }
      for (int i = k - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      double[][] steps = new double[k + 1][];
      steps[0] = x.clone();
      List<Integer> m = new ArrayList<>();
      for (int s = 0; s < k; s++) {
        x[order[s]] += delta;
        steps[s + 1] = x.clone();
        m.add(order[s]);
      }
      points.add(steps);
      moved.add(m);
    }
    return new MorrisDesign(points, moved, delta);
  }
}
