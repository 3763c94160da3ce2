/**
 * Which design is worth it: from a finished comparison's rows, per tenant and design, the loss of
 * one incident, the expected annual loss at the comparison's frequency, the design's annual cost,
 * their total, the break-even frequency against the tenant's current design, the spread of a year's
 * loss and the chance that the design is the cheapest in total (bootstrap). Written to {@code
 * decision.csv} and {@code decision.json}; see docs/decisions.md.
 */
package org.outagesim.decision;
