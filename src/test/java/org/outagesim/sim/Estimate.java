package org.outagesim.sim;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;

/** A Student-t confidence interval over replications, for tests against analytic values. */
record Estimate(double mean, double halfWidth) {

  static Estimate of(
      List<ReplicationResult> reps, ToDoubleFunction<ReplicationResult> f, double confidence) {
    SummaryStatistics s = new SummaryStatistics();
    reps.forEach(r -> s.addValue(f.applyAsDouble(r)));
    double t =
        new TDistribution(null, s.getN() - 1).inverseCumulativeProbability(0.5 + confidence / 2.0);
    return new Estimate(s.getMean(), t * s.getStandardDeviation() / Math.sqrt((double) s.getN()));
  }

  static Estimate of(List<ReplicationResult> reps, Metric m, double confidence) {
    return of(reps, r -> r.tenants().get(0).get(m), confidence);
  }

  boolean contains(double v) {
    return Math.abs(v - mean) <= halfWidth;
  }

  @Override
  public String toString() {
    return mean + " ± " + halfWidth;
  }
}
