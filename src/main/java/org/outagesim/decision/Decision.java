package org.outagesim.decision;

import java.util.List;

/**
 * The decision of a comparison: every selected tenant's designs, with the facts they rest on.
 *
 * @param currency ISO 4217 code of every money figure, or {@code null} when the scenario names none
 * @param incidentsPerYear how often such an incident is assumed to happen
 * @param bootstrapResamples resamples behind the year percentiles and {@code probability_best}
 * @param bootstrapSeed the seed of the resampling
 * @param tenants one entry per selected tenant, in scenario order
 */
public record Decision(
    String currency,
    double incidentsPerYear,
    int bootstrapResamples,
    long bootstrapSeed,
    List<TenantDecision> tenants) {
  public Decision {
    tenants = List.copyOf(tenants);
  }
}
