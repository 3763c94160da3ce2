/**
 * How sure the answer is: from a finished study of a scenario's assumptions ({@code uncertain:}),
 * the range its results take given the assumptions, separated from simulation noise ({@code
 * uncertainty.csv}), and which assumption matters most — one-at-a-time swings for a tornado chart
 * ({@code sensitivity.csv}) or Morris elementary effects ({@code morris.csv}). See
 * docs/uncertainty.md.
 */
package org.outagesim.uncertainty;
