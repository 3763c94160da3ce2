package org.outagesim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --replications}, {@code --seed} and {@code --duration}: short forms of {@code --set}
 * overrides, validated like any other and named by their option in problems.
 */
final class RunOverrides {

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "Override the scenario's replication count.")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Override the scenario's master seed.")
  Long seed;

  @Option(
      names = "--duration",
      paramLabel = "D",
      description = "Override the simulated horizon, e.g. 2h.")
  String duration;

  /** The overrides these options stand for, by option as typed, in a fixed order. */
  Map<String, String> byOption() {
    Map<String, String> options = new LinkedHashMap<>();
    if (replications != null) {
      options.put("--replications", "replications=" + replications);
    }
    if (seed != null) {
      options.put("--seed", "seed=" + seed);
    }
    if (duration != null) {
      options.put("--duration", "duration=" + duration);
    }
    return options;
  }
}
