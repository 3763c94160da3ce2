package org.outagesim.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two kinds of YAML file outagesim reads, told apart by their top-level keys, so that a file
 * given to the wrong command gets one line naming the right one instead of a list of unknown keys.
 * A file is a sweep file when it has a key only sweep files have ({@link #SWEEP_ONLY_KEYS}: {@code
 * scenario}, a design, metrics, baseline or precision) and none only scenarios have; a scenario
 * when it has a key only scenarios have ({@code name}, {@code tenants}, {@code regions}, …) and
 * none only sweep files have. {@code replications}, which both kinds may hold, decides nothing; a
 * file with keys of both kinds (or neither) is {@link #UNKNOWN} and is read as what the command
 * expects, so its problems are reported one by one.
 */
public enum FileKind {
  SCENARIO,
  SWEEP,
  UNKNOWN;

  /** The top-level keys of a sweep file that no scenario has. */
  public static final List<String> SWEEP_ONLY_KEYS =
      List.of(
          "scenario",
          "vary",
          "points",
          "latinHypercube",
          "compare",
          "set",
          "metrics",
          "baseline",
          "precision");

  private static final Set<String> SCENARIO_ONLY_KEYS =
      ScenarioShape.SCENARIO.keyNames().stream()
          .filter(k -> !k.equals("replications"))
          .collect(Collectors.toUnmodifiableSet());

  /** The kind of a file whose top-level mapping has these keys. */
  public static FileKind of(Collection<String> topLevelKeys) {
    boolean sweep = topLevelKeys.stream().anyMatch(SWEEP_ONLY_KEYS::contains);
    boolean scenario = topLevelKeys.stream().anyMatch(SCENARIO_ONLY_KEYS::contains);
    if (sweep == scenario) {
      return UNKNOWN;
    }
    return sweep ? SWEEP : SCENARIO;
  }
}
