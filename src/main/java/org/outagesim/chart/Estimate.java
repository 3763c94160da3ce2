package org.outagesim.chart;

/**
 * A metric's mean over replications with the half-width of its 95% Student-t interval, both {@code
 * NaN} where {@code summary.json} has {@code null}.
 */
public record Estimate(double mean, double ci95HalfWidth) {}
