package org.outagesim.cli;

import org.outagesim.experiment.Experiment;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --threads N}: worker threads for replications, default all cores. */
final class ThreadsOption {

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  int threads = Experiment.defaultThreads();

  /** The thread count; fewer than 1 is a usage error (exit 2). */
  int checked(CommandLine cmd) {
    if (threads < 1) {
      throw new ParameterException(cmd, "--threads must be at least 1, got " + threads);
    }
    return threads;
  }
}
