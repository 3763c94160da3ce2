package org.outagesim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The folder options every study command shares: {@code --out}, {@code --resume}, {@code --force},
 * {@code --no-charts} and {@code --quiet}.
 */
final class StudyFolderOptions {

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The study's folder (default: output/<scenario>-<command>/<UTC time>).")
  Path out;

  @Option(names = "--resume", description = "Continue the study whose sweep.csv is in --out.")
  boolean resume;

  @Option(
      names = "--force",
      description = "With --out: remove an earlier study's files from the folder first.")
  boolean force;

  @Option(names = "--no-charts", description = "Do not draw the charts.")
  boolean noCharts;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  /** {@code --out}, or a new folder {@code output/<scenario><suffix>/<UTC time>}. */
  Path folder(Path scenarioFile, String suffix) {
    return out != null ? out : Studies.defaultFolder(scenarioFile, suffix);
  }
}
