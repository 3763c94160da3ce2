package org.outagesim.uncertainty;

/**
 * One row of {@code sensitivity.csv}: an uncertain value at its low and high end, the others at
 * base, and what a metric (all tenants together) does.
 *
 * @param parameter the uncertain path
 * @param metric the metric's column name
 * @param low the value used at the low end (the distribution's 5th percentile)
 * @param high the value used at the high end (95th percentile)
 * @param valueLow the metric's mean over replications at the low end
 * @param valueHigh the same at the high end
 * @param swing {@code valueHigh − valueLow}
 * @param swingHalfWidth the paired 95% half-width of the swing (replication by replication)
 * @param swingUnpairedHalfWidth the Welch half-width the same swing would have without common
 *     random numbers (in the JSON only)
 * @param valueLowHalfWidth 95% half-width of {@code valueLow} (JSON only)
 * @param valueHighHalfWidth 95% half-width of {@code valueHigh} (JSON only)
 * @param lowVsBaseHalfWidth paired 95% half-width of {@code valueLow − base} (JSON only; the
 *     tornado's whisker at the low end)
 * @param highVsBaseHalfWidth paired 95% half-width of {@code valueHigh − base} (JSON only)
 */
public record SensitivityRow(
    String parameter,
    String metric,
    String low,
    String high,
    double valueLow,
    double valueHigh,
    double swing,
    double swingHalfWidth,
    double swingUnpairedHalfWidth,
    double valueLowHalfWidth,
    double valueHighHalfWidth,
    double lowVsBaseHalfWidth,
    double highVsBaseHalfWidth) {}
