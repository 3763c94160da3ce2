package org.outagesim.report;

import java.util.List;

/**
 * How a run was made, for {@code manifest.json}: everything needed to repeat it, plus the facts of
 * this particular execution (threads, wall time) that do not change the results.
 *
 * @param toolVersion outagesim version that produced the results
 * @param scenarioFile the scenario file as the user named it
 * @param scenarioSha256 lower-case hex SHA-256 of the scenario file's bytes
 * @param overrides {@code path=value} overrides in the order they were applied
 * @param commandLine the arguments of the command, as given
 * @param javaVersion the Java runtime version ({@code java.version})
 * @param precision precision-based stopping, or {@code null} for a fixed replication count
 */
public record RunInfo(
    String toolVersion,
    String scenarioFile,
    String scenarioSha256,
    List<String> overrides,
    List<String> commandLine,
    String javaVersion,
    Precision precision) {

  public RunInfo {
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
  }

  /** A run with a fixed replication count. */
  public RunInfo(
      String toolVersion,
      String scenarioFile,
      String scenarioSha256,
      List<String> overrides,
      List<String> commandLine,
      String javaVersion) {
    this(toolVersion, scenarioFile, scenarioSha256, overrides, commandLine, javaVersion, null);
  }

  /**
   * How precision-based stopping went.
   *
   * @param metric the watched metric (all tenants together)
   * @param relative the target: 95% half-width at most this share of the mean
   * @param maxReplications the cap
   * @param reached whether the target held when the run stopped
   * @param mean the metric's mean at the end
   * @param halfWidth its 95% half-width at the end
   */
  public record Precision(
      String metric,
      double relative,
      int maxReplications,
      boolean reached,
      double mean,
      double halfWidth) {}
}
