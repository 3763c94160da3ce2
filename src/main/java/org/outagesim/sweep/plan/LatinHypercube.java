package org.outagesim.sweep.plan;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A Latin-hypercube design on the unit cube, reproducible from a seed. For each dimension in turn,
 * [0, 1) is split into {@code samples} equal strata; one uniform point is drawn in each stratum, in
 * stratum order ({@code (k + U) / samples}); then the strata are shuffled among the samples by a
 * Fisher–Yates shuffle (from the last sample down, swapping with {@code nextInt(i + 1)}). So every
 * dimension has exactly one sample per stratum, and the dimensions are paired at random.
 *
 * <p>All numbers come from one Commons Math {@link MersenneTwister} seeded with the given seed,
 * consumed in the order above, so the same seed, sample count and dimension count give the same
 * design on every machine. Adding a dimension leaves the earlier dimensions' columns unchanged.
 */
final class LatinHypercube {

  private LatinHypercube() {}

  /**
   * The design: {@code samples} rows of {@code dimensions} coordinates in [0, 1).
   *
   * @param samples at least 1
   * @param dimensions at least 0
   * @param seed seeds the Mersenne Twister
   */
  static double[][] unitDesign(int samples, int dimensions, long seed) {
    RandomGenerator rng = new MersenneTwister(seed);
    double[][] design = new double[samples][dimensions];
    for (int d = 0; d < dimensions; d++) {
      double[] strata = drawOnePerStratum(rng, samples);
      int[] order = shuffledIndices(rng, samples);
      for (int i = 0; i < samples; i++) {
        design[i][d] = strata[order[i]];
      }
    }
    return design;
  }

  private static double[] drawOnePerStratum(RandomGenerator rng, int samples) {
    double[] strata = new double[samples];
    for (int k = 0; k < samples; k++) {
      double upper = (k + 1.0) / samples;
      // (k + U) / n can round up to the next stratum's lower bound; keep it inside its own.
      strata[k] = Math.min((k + rng.nextDouble()) / samples, Math.nextDown(upper));
    }
    return strata;
  }

  private static int[] shuffledIndices(RandomGenerator rng, int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
