package org.outagesim.decision;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.Summary;
import org.outagesim.sweep.ComparisonPlan;
import org.outagesim.sweep.run.SweepRows;

/**
 * Computes a {@link Decision} from a finished comparison. Per tenant and design, with {@code L_r}
 * the tenant's lost revenue in replication {@code r} (one simulated incident) and {@code f} the
 * incidents a year:
 *
 * <ul>
 *   <li>{@code loss_per_incident} = mean of {@code L_r}, with its 95% Student-t half-width;
 *   <li>{@code expected_annual_loss} = {@code f} × loss per incident (half-width × {@code f});
 *   <li>{@code annual_total} = {@code annual_cost} + expected annual loss;
 *   <li>{@code break_even_incidents_per_year} = (cost − current's cost) / (current's loss − loss):
 *       empty when the design does not lose less per incident, 0 when it also costs no more;
 *   <li>a year's loss: {@code N ~ Poisson(f)} incidents, each loss drawn from the {@code L_r} with
 *       replacement; its 50th, 95th and 99th percentiles (inverse of the empirical distribution)
 *       over {@value #RESAMPLES} years;
 *   <li>{@code probability_best}: over {@value #RESAMPLES} resamples of the replications — the same
 *       replication indices for every design, since replication {@code r} of every design used the
 *       same random numbers — the share in which the design's annual total is the lowest, a tie
 *       shared equally.
 * </ul>
 *
 * The resampling is seeded from the scenario's seed and the tenant's position, so the results do
 * not depend on threads, on the order replications finished, or on a resume.
 */
public final class DecisionAnalysis {

  /** Bootstrap resamples for the year percentiles and for {@code probability_best}. */
  public static final int RESAMPLES = 10_000;

  private static final int YEARS_STREAM = 1;
  private static final int BEST_STREAM = 2;

  private DecisionAnalysis() {}

  /**
   * The decision of {@code plan}.
   *
   * @param scenarios every point's scenario, in plan order (the designs' tenants and costs)
   * @param rows the finished rows
   */
  public static Decision analyse(
      ComparisonPlan plan, List<ScenarioSpec> scenarios, SweepRows rows) {
    List<String> names = plan.pointNames();
    long seed = scenarios.get(0).seed();
    double f = plan.incidentsPerYear();
    List<TenantDecision> out = new ArrayList<>();
    for (int i = 0; i < plan.tenants().size(); i++) {
      String tenant = plan.tenants().get(i);
      int points = names.size();
      double[][] losses = new double[points][];
      double[] costs = new double[points];
      String[] strategies = new String[points];
      for (int p = 0; p < points; p++) {
        TenantSpec t = tenant(scenarios.get(p), tenant);
        costs[p] = t.annualCost();
        strategies[p] = t.deployment().strategy().key();
        losses[p] = rows.values(p, tenant, Metric.REVENUE_LOST);
      }
      double[] best = probabilityBest(losses, costs, f, rng(seed, i, BEST_STREAM));
      double[][] years = years(losses, f, rng(seed, i, YEARS_STREAM));
      MetricSummary current = summary(losses[0]);
      List<DesignDecision> designs = new ArrayList<>();
      for (int p = 0; p < points; p++) {
        MetricSummary loss = summary(losses[p]);
        Percentile q = new Percentile().withEstimationType(EstimationType.R_1);
        q.setData(years[p]);
        designs.add(
            new DesignDecision(
                tenant,
                names.get(p),
                strategies[p],
                losses[p].length,
                loss.mean(),
                loss.halfWidth95(),
                f * loss.mean(),
                f * loss.halfWidth95(),
                costs[p],
                costs[p] + f * loss.mean(),
                breakEven(costs[p] - costs[0], current.mean() - loss.mean()),
                q.evaluate(50),
                q.evaluate(95),
                q.evaluate(99),
                best[p],
                outcomes(plan, rows, p, tenant)));
      }
      String bestName = lowestTotal(designs);
      out.add(
          new TenantDecision(tenant, designs, bestName, DecisionSentence.of(designs, bestName, f)));
    }
    return new Decision(scenarios.get(0).currency(), f, RESAMPLES, seed, out);
  }

  /**
   * The incidents a year above which a design that loses {@code lossSaved} less per incident pays
   * for {@code extraCost} more a year: {@code NaN} when it saves nothing, 0 when it costs no more.
   */
  static double breakEven(double extraCost, double lossSaved) {
    if (!(lossSaved > 0)) {
      return Double.NaN;
    }
    return extraCost <= 0 ? 0 : extraCost / lossSaved;
  }

  private static String lowestTotal(List<DesignDecision> designs) {
    DesignDecision best = designs.get(0);
    for (DesignDecision d : designs) {
      if (d.annualTotal() < best.annualTotal()) {
        best = d;
      }
    }
    return best.design();
  }

  private static TenantSpec tenant(ScenarioSpec s, String id) {
    return s.tenants().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no tenant " + id + " in the scenario"));
  }

  private static RandomGenerator rng(long seed, int tenant, int stream) {
    return new MersenneTwister(new int[] {(int) (seed >>> 32), (int) seed, tenant, stream});
  }

  private static MetricSummary summary(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      if (Double.isFinite(v)) {
        s.addValue(v);
      }
    }
    return Summary.of(s);
  }

  /** Per design, the share of resamples of the replications in which its annual total is lowest. */
  static double[] probabilityBest(
      double[][] losses, double[] costs, double f, RandomGenerator rng) {
    int designs = losses.length;
    int n = losses[0].length;
    double[] wins = new double[designs];
    double[] totals = new double[designs];
    int[] pick = new int[n];
    for (int b = 0; b < RESAMPLES; b++) {
      for (int k = 0; k < n; k++) {
        pick[k] = rng.nextInt(n);
      }
      double lowest = Double.POSITIVE_INFINITY;
      for (int d = 0; d < designs; d++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += losses[d][pick[k]];
        }
        totals[d] = costs[d] + f * (sum / n);
        lowest = Math.min(lowest, totals[d]);
      }
      int tied = 0;
      for (int d = 0; d < designs; d++) {
        if (totals[d] == lowest) {
          tied++;
        }
      }
      for (int d = 0; d < designs; d++) {
        if (totals[d] == lowest) {
          wins[d] += 1.0 / tied;
        }
      }
    }
    double[] out = new double[designs];
    for (int d = 0; d < designs; d++) {
      out[d] = wins[d] / RESAMPLES;
    }
    return out;
  }

  /**
   * {@value #RESAMPLES} simulated years per design: {@code N ~ Poisson(f)} incidents, each a
   * replication drawn with replacement — the same draws for every design.
   */
  static double[][] years(double[][] losses, double f, RandomGenerator rng) {
    int designs = losses.length;
    int n = losses[0].length;
    double[][] out = new double[designs][RESAMPLES];
    PoissonDistribution incidents =
        f > 0
            ? new PoissonDistribution(
                rng,
                f,
                PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS)
            : null;
    for (int b = 0; b < RESAMPLES; b++) {
      int count = incidents == null ? 0 : incidents.sample();
      for (int k = 0; k < count; k++) {
        int r = rng.nextInt(n);
        for (int d = 0; d < designs; d++) {
          out[d][b] += losses[d][r];
        }
      }
    }
    return out;
  }

  private static List<DesignDecision.Outcome> outcomes(
      ComparisonPlan plan, SweepRows rows, int point, String tenant) {
    List<DesignDecision.Outcome> out = new ArrayList<>();
    for (Metric m : plan.sweep().metrics()) {
      double[] values = rows.values(point, tenant, m);
      double[] base = rows.values(0, tenant, m);
      MetricSummary s = summary(values);
      SummaryStatistics d = new SummaryStatistics();
      for (int r = 0; r < Math.min(values.length, base.length); r++) {
        if (Double.isFinite(values[r]) && Double.isFinite(base[r])) {
          d.addValue(values[r] - base[r]);
        }
      }
      MetricSummary diff = Summary.of(d);
      out.add(
          new DesignDecision.Outcome(
              m.column(), s.mean(), s.halfWidth95(), diff.mean(), diff.halfWidth95()));
    }
    return out;
  }
}
