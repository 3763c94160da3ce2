package org.outagesim.chart;

import java.util.List;

/**
 * What the decision charts of a comparison are drawn from: {@code decision.json}, read back.
 *
 * @param currency ISO 4217 code of the money figures, or {@code null} when the scenario names none
 * @param incidentsPerYear how often such an incident is assumed to happen
 * @param tenants one entry per compared tenant, in file order
 */
public record DecisionResults(String currency, double incidentsPerYear, List<Tenant> tenants) {
  public DecisionResults {
    tenants = List.copyOf(tenants);
  }

  /**
   * One tenant's designs.
   *
   * @param tenant the tenant's id
   * @param best the design with the lowest expected annual total
   * @param designs in file order, {@code current} first
   */
  public record Tenant(String tenant, String best, List<Design> designs) {
    public Tenant {
      designs = List.copyOf(designs);
    }
  }

  /**
   * One design of a tenant.
   *
   * @param design the design's name
   * @param strategy its deployment strategy (scenario spelling)
   * @param annualCost what the design costs a year
   * @param expectedAnnualLoss incidents a year × mean loss per incident
   * @param expectedAnnualLossCi95HalfWidth the 95% half-width of that, {@code NaN} when unknown
   */
  public record Design(
      String design,
      String strategy,
      double annualCost,
      double expectedAnnualLoss,
      double expectedAnnualLossCi95HalfWidth) {

    /** Annual cost plus expected annual loss. */
    public double annualTotal() {
      return annualCost + expectedAnnualLoss;
    }
  }
}
