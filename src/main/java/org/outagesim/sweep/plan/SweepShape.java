package org.outagesim.sweep.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every key of a sweep file (docs/sweeps.md) with its description, and the bounds the readers
 * check. {@link SweepFileReader} and {@link DesignReader} take their known keys and bounds from
 * here, and {@link SweepSchema} writes the same declarations as JSON Schema.
 */
final class SweepShape {
  /** The top-level keys, in the order of the docs. */
  static final Map<String, String> TOP =
      keys(
          "scenario", "The scenario file to sweep, relative to this file.",
          "vary", "A full grid: path: [values], e.g. tenants[shop].deployment.ttl: [10s, 60s].",
          "points", "An explicit list of points, each a mapping path: value with the same paths.",
          "latinHypercube", "Sampled ranges: samples, seed and ranges { path: [min, max] }.",
          "replications", "Replications per point (at least 1); the scenario's when absent.",
          "metrics",
              "The metrics to compare: a name or a list of names (columns of replications.csv).",
          "baseline", "The point differences are taken against: its index (like 0) or its values.",
          "precision", "Add replications until the 95% half-width is a fraction of the mean.",
          "compare",
              "A design comparison: tenants, designs, secondary and incidentsPerYear (outagesim compare).",
          "set",
              "Overrides applied to the scenario before --set: path: value, like tenants[*].cost.serverHour: 150.");

  /** The designs; a sweep file has exactly one. */
  static final List<String> DESIGNS = List.of("vary", "points", "latinHypercube", "compare");

  static final Map<String, String> COMPARE =
      keys(
          "tenants", "The tenants switched to each design: a list of ids, or '*' for all.",
          "designs", "The designs to compare: presets or names under the scenario's designs.",
          "secondary",
              "The secondary region for designs that need one, where neither the design nor the tenant names one.",
          "incidentsPerYear",
              "How often such an incident happens a year (>= 0); the scenario's when absent.");

  static final Map<String, String> HYPERCUBE =
      keys(
          "samples", "The number of points (at least 2).",
          "seed", "The seed of the sampling, default 1.",
          "ranges",
              "path: [min, max] for each varied path: two numbers or two durations, min < max.");

  static final Map<String, String> PRECISION =
      keys(
          "metric", "The metric whose interval decides, default the first of metrics.",
          "relative",
              "The wanted 95% half-width as a fraction of the mean, between 0 and 1 (exclusive).",
          "maxReplications", "The most replications a point may get (at least 1).");

  static final int MIN_REPLICATIONS = 1;
  static final int MIN_SAMPLES = 2;
  static final int MIN_MAX_REPLICATIONS = 1;

  private SweepShape() {}

  private static Map<String, String> keys(String... namesAndDescriptions) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndDescriptions.length; i += 2) {
      out.put(namesAndDescriptions[i], namesAndDescriptions[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
