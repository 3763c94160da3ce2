package org.outagesim.chart;

/**
 * One row of {@code timeseries.csv}: a tenant's counts in one minute, each the mean over
 * replications; {@code successRatio} and its half-width are {@code NaN} where the file has an empty
 * cell.
 */
public record TenantMinute(
    int minute,
    String tenant,
    double requests,
    double failures,
    double failedPublicDns,
    double failedInternalDns,
    double failedUnreachable,
    double failedOverload,
    double successRatio,
    double successRatioCi95HalfWidth) {}
