/**
 * Charts of a result folder, drawn only from its saved files ({@code manifest.json}, {@code
 * summary.json}, {@code replications.csv}, {@code timeseries.csv}) so that they can be redrawn
 * later without simulating again. {@link org.outagesim.chart.Charts#writeAll} is the entry point;
 * {@link org.outagesim.chart.RunResultsReader} reads a folder into {@link
 * org.outagesim.chart.RunResults}; each chart is one {@link org.outagesim.chart.Chart}.
 */
package org.outagesim.chart;
