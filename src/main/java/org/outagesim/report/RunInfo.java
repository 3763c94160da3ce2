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
 */
public record RunInfo(
    String toolVersion,
    String scenarioFile,
    String scenarioSha256,
    List<String> overrides,
    List<String> commandLine,
    String javaVersion) {

  public RunInfo {
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
  }
}
