package org.outagesim.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

/** The arithmetic of the decision, against values computed by hand or by Commons Math. */
class DecisionAnalysisTest {

  @Test
  void breakEvenIsTheExtraCostOverTheLossSaved() {
    assertEquals(0.4, DecisionAnalysis.breakEven(1_200_000, 3_000_000), 0.0);
    assertEquals(2.5, DecisionAnalysis.breakEven(5, 2), 0.0);
    assertEquals(0, DecisionAnalysis.breakEven(-10, 2), 0.0, "cheaper and better: any frequency");
    assertTrue(Double.isNaN(DecisionAnalysis.breakEven(10, 0)), "saves nothing: no break-even");
    assertTrue(Double.isNaN(DecisionAnalysis.breakEven(10, -3)), "loses more: no break-even");
  }

  /**
   * With the same loss L in every replication, a year's loss is N × L with N ~ Poisson(f), so its
   * 95th percentile is the Poisson 95% quantile × L. For f = 1 the quantile is 3 (P(N ≤ 2) = 0.920,
   * P(N ≤ 3) = 0.981): 10,000 simulated years put the empirical 0.95 point more than 10 standard
   * errors (√(0.05 × 0.95 / 10,000) = 0.0022) from either jump, so the result does not hinge on the
   * seed. The median (P(N ≤ 0) = 0.368, P(N ≤ 1) = 0.736) is 1 × L, and the 99th percentile (P(N ≤
   * 3) = 0.981, P(N ≤ 4) = 0.996) is 4 × L.
   */
  @Test
  void aConstantLossGivesPoissonQuantilesTimesTheLoss() {
    double loss = 1_000_000;
    double[][] losses = {{loss, loss, loss, loss, loss}};
    double[] years = DecisionAnalysis.years(losses, 1.0, new MersenneTwister(5))[0];
    Percentile q = new Percentile().withEstimationType(EstimationType.R_1);
    q.setData(years);
    PoissonDistribution n = new PoissonDistribution(1.0);
    assertEquals(n.inverseCumulativeProbability(0.95) * loss, q.evaluate(95), 0.0);
    assertEquals(3 * loss, q.evaluate(95), 0.0);
    assertEquals(n.inverseCumulativeProbability(0.50) * loss, q.evaluate(50), 0.0);
    assertEquals(n.inverseCumulativeProbability(0.99) * loss, q.evaluate(99), 0.0);
  }

  @Test
  void noIncidentsMeanNoLossInAnyYear() {
    double[][] losses = {{5, 7, 9}, {1, 2, 3}};
    double[][] years = DecisionAnalysis.years(losses, 0, new MersenneTwister(1));
    for (double[] design : years) {
      for (double y : design) {
        assertEquals(0, y, 0.0);
      }
    }
  }

  /** The mean of simulated years is f × mean loss, within 4 standard errors of the mean. */
  @Test
  void theMeanYearIsTheExpectedAnnualLoss() {
    double[][] losses = {{10, 20, 30, 40}};
    double f = 2.5;
    double[] years = DecisionAnalysis.years(losses, f, new MersenneTwister(3))[0];
    org.apache.commons.math3.stat.descriptive.SummaryStatistics s =
        new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
    for (double y : years) {
      s.addValue(y);
    }
    double se = s.getStandardDeviation() / Math.sqrt((double) s.getN());
    assertEquals(f * 25, s.getMean(), 4 * se);
  }

  @Test
  void aDesignThatIsAlwaysCheapestIsBestInEveryResample() {
    double[][] losses = {{100, 120, 90}, {10, 12, 9}};
    double[] costs = {0, 50};
    double[] best = DecisionAnalysis.probabilityBest(losses, costs, 1, new MersenneTwister(2));
    assertArrayEquals(new double[] {0, 1}, best, 0.0);
  }

  @Test
  void identicalDesignsShareTheirWins() {
    double[][] losses = {{100, 120, 90}, {100, 120, 90}, {500, 500, 500}};
    double[] best =
        DecisionAnalysis.probabilityBest(losses, new double[3], 1, new MersenneTwister(2));
    assertArrayEquals(new double[] {0.5, 0.5, 0}, best, 0.0);
  }

  /**
   * Two designs whose totals cross between resamples: the share is the probability that the
   * resampled mean difference is below the cost difference, between 0 and 1 and summing to 1.
   */
  @Test
  void sharesSumToOne() {
    double[][] losses = {{100, 0, 100, 0}, {50, 50, 50, 50}};
    double[] best =
        DecisionAnalysis.probabilityBest(losses, new double[] {0, 0}, 1, new MersenneTwister(9));
    assertEquals(1, best[0] + best[1], 1e-12);
    assertTrue(best[0] > 0.2 && best[0] < 0.8, "both win sometimes: " + best[0]);
  }

  @Test
  void moneyIsWrittenWithTwoSignificantDigits() {
    assertEquals("4.1 M", DecisionSentence.money(4_123_456));
    assertEquals("870 k", DecisionSentence.money(869_999));
    assertEquals("12", DecisionSentence.money(12.3));
    assertEquals("0.4", DecisionSentence.rate(0.4));
  }

  @Test
  void aDesignThatIsTheCurrentOneUnderAnotherNameSharesTheCredit() {
    DesignDecision current = row("current", 100, 1000, 0.5, Double.NaN);
    DesignDecision same = row("single-region", 100, 1000, 0.5, Double.NaN);
    DesignDecision dear = row("active-active", 900, 10, 0, 0.8);
    String s = DecisionSentence.of(java.util.List.of(current, same, dear), "current", 1);
    assertEquals(
        "shop: keeping the current design (single-region) gives the lowest expected annual total,"
            + " 1.1 k (best in 100% of resamples, together with single-region, which gives the same"
            + " deployment); active-active would pay for itself above 0.8 incidents a year.",
        s);
  }

  private static DesignDecision row(
      String design, double cost, double loss, double best, double breakEven) {
    return new DesignDecision(
        "shop",
        design,
        "single-region",
        10,
        loss,
        5,
        loss,
        5,
        cost,
        cost + loss,
        breakEven,
        0,
        loss,
        2 * loss,
        best,
        java.util.List.of());
  }
}
