package org.outagesim.chart;

/**
 * A tenant as the charts group it.
 *
 * @param id tenant id
 * @param sector the tenant's sector
 * @param strategy deployment strategy in scenario spelling ({@code single-region}, …)
 */
public record TenantInfo(String id, String sector, String strategy) {}
