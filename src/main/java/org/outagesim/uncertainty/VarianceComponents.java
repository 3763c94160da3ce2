package org.outagesim.uncertainty;

import org.apache.commons.math3.stat.descriptive.moment.Mean;

/**
 * The variance of a metric over samples of the assumptions, split into what the assumptions cause
 * and what simulation noise adds, from a samples × replications table {@code y[i][j]} (sample i,
 * replication j; replication j of every sample used the same random numbers).
 *
 * <p>The model is the two-way random-effects layout without repeats: {@code y_ij = μ + a_i + b_j +
 * e_ij}, where {@code a_i} is the effect of sample i's assumptions (variance σ²_A), {@code b_j} the
 * part of replication j's noise that every sample shares (common random numbers) and {@code e_ij}
 * the rest. With N samples and R replications, the mean squares are {@code MS_A = R Σ_i (ȳ_i· −
 * ȳ··)² / (N − 1)} and {@code MS_E = Σ_ij (y_ij − ȳ_i· − ȳ_·j + ȳ··)² / ((N − 1)(R − 1))}; since
 * E[MS_A] = R σ²_A + σ²_e and E[MS_E] = σ²_e, the method-of-moments estimate is σ²_A = max(0, (MS_A
 * − MS_E) / R). The shared part b_j drops out of both, so common random numbers do not bias it.
 * With one replication there is no MS_E and σ²_A is the variance of the samples' values.
 *
 * <p>The noise reported beside it is the pooled within-sample standard deviation of one
 * replication, {@code sqrt(Σ_ij (y_ij − ȳ_i·)² / (N (R − 1)))}.
 *
 * @param assumptionSd σ_A
 * @param noiseSd the pooled within-sample standard deviation; {@code NaN} with one replication
 */
record VarianceComponents(double assumptionSd, double noiseSd) {

  static VarianceComponents of(double[][] y) {
    int n = y.length;
    int r = y[0].length;
    double[] rowMean = new double[n];
    double[] colMean = new double[r];
    Mean mean = new Mean();
    for (int i = 0; i < n; i++) {
      rowMean[i] = mean.evaluate(y[i]);
    }
    for (int j = 0; j < r; j++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = y[i][j];
      }
      colMean[j] = mean.evaluate(col);
    }
    double grand = mean.evaluate(rowMean);
    double ssA = 0;
    for (double m : rowMean) {
      ssA += (m - grand) * (m - grand);
    }
    double msA = r * ssA / (n - 1);
    if (r == 1) {
      return new VarianceComponents(Math.sqrt(ssA / (n - 1)), Double.NaN);
    }
    double ssE = 0;
    double ssW = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < r; j++) {
        double e = y[i][j] - rowMean[i] - colMean[j] + grand;
        ssE += e * e;
        double w = y[i][j] - rowMean[i];
        ssW += w * w;
      }
    }
    double msE = ssE / ((double) (n - 1) * (r - 1));
    double varA = Math.max(0, (msA - msE) / r);
    return new VarianceComponents(Math.sqrt(varA), Math.sqrt(ssW / ((double) n * (r - 1))));
  }
}
