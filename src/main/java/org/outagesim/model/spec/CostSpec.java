package org.outagesim.model.spec;

/**
 * What running a tenant costs, in the scenario's currency. Every price is optional and 0 when not
 * given, so a design's annual cost counts only the prices the scenario names.
 *
 * @param serverHour one server running for one hour
 * @param regionMonthly the fixed monthly cost of running in a region at all (load balancers,
 *     replicated databases, NAT gateways), per region used
 * @param healthCheckMonthly one DNS health check for one month
 */
public record CostSpec(double serverHour, double regionMonthly, double healthCheckMonthly)
    implements java.io.Serializable {

  /** No prices: every design costs 0. */
  public static final CostSpec NONE = new CostSpec(0, 0, 0);

  /** Hours in a (non-leap) year: the servers' running time. */
  public static final double HOURS_PER_YEAR = 8760;

  /** Months in a year: the fixed monthly prices' multiplier. */
  public static final double MONTHS_PER_YEAR = 12;

  /** Whether any price is given. */
  public boolean isPriced() {
    return serverHour != 0 || regionMonthly != 0 || healthCheckMonthly != 0;
  }
}
