package org.outagesim.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * The variance components on data drawn from the model they assume, y_ij = a_i + b_j + e_ij with
 * σ_A = 1, a large shared replication effect σ_b = 3 (common random numbers) and σ_e = 2, N = 4,000
 * samples of R = 5 replications. The standard error of the estimate of σ²_A is about √(2/N) × (σ²_A
 * + σ²_e/R) = 0.04, so σ_A is checked within 0.06 (three standard errors, on σ ≈ 1 the error of σ²
 * halves). The noise is the within-sample standard deviation, √(σ²_b + σ²_e) = 3.61 (checked within
 * 2%).
 */
class VarianceComponentsTest {

  @Test
  void theSharedNoiseOfCommonRandomNumbersDoesNotBiasTheAssumptionsPart() {
    MersenneTwister rng = new MersenneTwister(42);
    int n = 4000;
    int r = 5;
    double[] b = new double[r];
    double[][] y = new double[n][r];
    for (int i = 0; i < n; i++) {
      double a = rng.nextGaussian();
      for (int j = 0; j < r; j++) {
        if (i == 0) {
          b[j] = 3 * rng.nextGaussian();
        }
        y[i][j] = a + b[j] + 2 * rng.nextGaussian();
      }
    }
    VarianceComponents c = VarianceComponents.of(y);
    assertEquals(1.0, c.assumptionSd(), 0.06);
    // With only five replications the b_j drawn are a small sample: the within-sample spread is
    // the b_j's own spread plus σ_e, computed here from the same b.
    double meanB = 0;
    for (double x : b) {
      meanB += x / r;
    }
    double varB = 0;
    for (double x : b) {
      varB += (x - meanB) * (x - meanB) / (r - 1);
    }
    assertEquals(Math.sqrt(varB + 4), c.noiseSd(), 0.02 * Math.sqrt(varB + 4));
  }

  @Test
  void oneReplicationGivesTheSamplesSpreadAndNoNoiseEstimate() {
    VarianceComponents c = VarianceComponents.of(new double[][] {{1}, {3}, {5}});
    assertEquals(2.0, c.assumptionSd(), 1e-12);
    assertTrue(Double.isNaN(c.noiseSd()));
  }

  @Test
  void noDifferenceBetweenSamplesGivesZero() {
    double[][] y = {{1, 5, 2}, {1, 5, 2}, {1, 5, 2}};
    VarianceComponents c = VarianceComponents.of(y);
    assertEquals(0.0, c.assumptionSd(), 0.0);
  }
}
