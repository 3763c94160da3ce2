/**
 * Turns a sweep file or {@code --vary} options into a validated {@link
 * org.outagesim.sweep.SweepPlan}: the design (full grid, explicit points or a seeded Latin
 * hypercube), the metrics, the baseline and precision-based stopping, with every point checked to
 * give a valid scenario before anything runs. {@link org.outagesim.sweep.plan.SweepPlanner} is the
 * entry point.
 */
package org.outagesim.sweep.plan;
