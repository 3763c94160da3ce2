package org.outagesim.scenario;

/**
 * An allowed interval for a number, with the words that tell the user about it.
 *
 * @param min lower bound
 * @param minExclusive whether {@code min} itself is excluded
 * @param max upper bound (inclusive)
 * @param rule the sentence shown when a value falls outside, e.g. {@code must be positive}
 */
record Range(double min, boolean minExclusive, double max, String rule) {
  static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, "must be positive");
  static final Range NON_NEGATIVE =
      new Range(0, false, Double.POSITIVE_INFINITY, "must be non-negative");
  static final Range FRACTION = new Range(0, false, 1, "must be between 0 and 1");
  static final Range POSITIVE_FRACTION = new Range(0, true, 1, "must be above 0 and at most 1");
  static final Range POSITIVE_DURATION =
      new Range(0, true, Double.POSITIVE_INFINITY, "must be longer than 0s");
  static final Range NON_NEGATIVE_DURATION =
      new Range(0, false, Double.POSITIVE_INFINITY, "must not be negative");

  static Range integers(long min, long max) {
    String rule;
    if (max >= Integer.MAX_VALUE && min == 1) {
      rule = "must be a positive integer";
    } else if (max >= Integer.MAX_VALUE && min == 0) {
      rule = "must be a non-negative integer";
    } else {
      rule = "must be an integer from " + min + " to " + max;
    }
    return new Range(min, false, max, rule);
  }

  boolean contains(double v) {
    boolean aboveMin = minExclusive ? v > min : v >= min;
    return aboveMin && v <= max;
  }
}
