package org.outagesim.sweep.run;

import java.util.List;

/**
 * How a sweep was started, for {@code manifest.json}.
 *
 * @param toolVersion outagesim version that produced the results
 * @param commandLine the arguments of the command, as given
 */
public record SweepInfo(String toolVersion, List<String> commandLine) {
  public SweepInfo {
    commandLine = List.copyOf(commandLine);
  }
}
