package org.outagesim.chart;

import java.util.List;

/**
 * What the sensitivity charts are drawn from: {@code sensitivity.json}, read back.
 *
 * @param method {@code one-at-a-time} or {@code morris}
 * @param currency ISO 4217 code of revenue, or {@code null}
 * @param base per metric, the base case (one-at-a-time)
 * @param swings one-at-a-time rows, per metric largest swing first
 * @param morris Morris rows, per metric by rank
 */
public record SensitivityResults(
    String method, String currency, List<Base> base, List<Swing> swings, List<Effect> morris) {

  public SensitivityResults {
    base = List.copyOf(base);
    swings = List.copyOf(swings);
    morris = List.copyOf(morris);
  }

  /** The base case of a metric. */
  public record Base(String metric, double mean, double halfWidth) {}

  /**
   * An uncertain value's low and high end.
   *
   * @param lowHalfWidth paired 95% half-width of the low end against the base case
   * @param highHalfWidth the same for the high end
   */
  public record Swing(
      String parameter,
      String metric,
      String low,
      String high,
      double valueLow,
      double valueHigh,
      double lowHalfWidth,
      double highHalfWidth) {}

  /** An uncertain value's elementary effects. */
  public record Effect(String parameter, String metric, double muStar, double sigma, int rank) {}

  /** The metrics in file order. */
  public List<String> metrics() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    base.forEach(b -> out.add(b.metric()));
    morris.forEach(e -> out.add(e.metric()));
    return List.copyOf(out);
  }
}
