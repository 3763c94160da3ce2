package org.outagesim.decision;

import java.util.List;

/**
 * One design for one tenant: the columns of {@code decision.csv}, in the scenario's currency.
 *
 * @param tenant the tenant's id
 * @param design the design's name; {@code current} is the tenant's deployment as in the scenario
 * @param strategy the design's deployment strategy
 * @param n replications (incidents simulated)
 * @param lossPerIncident mean lost revenue of one incident
 * @param lossPerIncidentCi95HalfWidth its 95% Student-t half-width
 * @param expectedAnnualLoss incidents a year × loss per incident
 * @param expectedAnnualLossCi95HalfWidth incidents a year × the loss's half-width
 * @param annualCost what the design costs a year to run (see {@code TenantSpec#annualCost})
 * @param annualTotal annual cost + expected annual loss
 * @param breakEvenIncidentsPerYear the frequency above which the design's lower loss pays for its
 *     extra cost against the current design; {@code NaN} when the design does not lose less per
 *     incident, 0 when it also costs no more
 * @param annualLossP50 median of a year's loss (bootstrap)
 * @param annualLossP95 95th percentile of a year's loss
 * @param annualLossP99 99th percentile of a year's loss
 * @param probabilityBest share of bootstrap resamples in which the design has the lowest annual
 *     total (ties shared)
 * @param outcomes the design's outcome metrics, with paired differences against current
 */
public record DesignDecision(
    String tenant,
    String design,
    String strategy,
    int n,
    double lossPerIncident,
    double lossPerIncidentCi95HalfWidth,
    double expectedAnnualLoss,
    double expectedAnnualLossCi95HalfWidth,
    double annualCost,
    double annualTotal,
    double breakEvenIncidentsPerYear,
    double annualLossP50,
    double annualLossP95,
    double annualLossP99,
    double probabilityBest,
    List<Outcome> outcomes) {

  public DesignDecision {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * One outcome metric of the design, and its paired difference against the current design.
   *
   * @param metric the metric's column name
   * @param mean mean over the replications where it has a value
   * @param ci95HalfWidth its 95% half-width
   * @param differenceMean mean of (design − current), replication by replication
   * @param differenceCi95HalfWidth the paired 95% half-width of that difference
   */
  public record Outcome(
      String metric,
      double mean,
      double ci95HalfWidth,
      double differenceMean,
      double differenceCi95HalfWidth) {}
}
