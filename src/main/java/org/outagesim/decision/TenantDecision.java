package org.outagesim.decision;

import java.util.List;

/**
 * The designs of one tenant, {@code current} first, and what they say.
 *
 * @param tenant the tenant's id
 * @param designs one row per design, in point order
 * @param best the design with the lowest expected annual total
 * @param sentence the plain sentence of the report and console
 */
public record TenantDecision(
    String tenant, List<DesignDecision> designs, String best, String sentence) {
  public TenantDecision {
    designs = List.copyOf(designs);
  }
}
