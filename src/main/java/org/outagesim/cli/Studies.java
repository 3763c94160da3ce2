package org.outagesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.outagesim.chart.Charts;
import org.outagesim.experiment.ReplicationEngine;
import org.outagesim.report.OutputTarget;
import org.outagesim.report.html.SweepReport;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.run.SweepInfo;
import org.outagesim.sweep.run.SweepListener;
import org.outagesim.sweep.run.SweepOutputs;
import org.outagesim.sweep.run.SweepResult;
import org.outagesim.sweep.run.SweepRunner;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What the study commands ({@code sweep}, {@code compare}, {@code sensitivity}, {@code run
 * --uncertainty}) share: the checks of {@code --resume} and {@code --force}, running the plan on
 * the sweep runner with a progress line on a terminal, drawing the charts and report, clearing an
 * earlier study's files and the default folder.
 */
final class Studies {

  private Studies() {}

  /** Refuses {@code --resume} without {@code --out}, and {@code --resume} with {@code --force}. */
  static void checkResume(CommandLine cmd, Path out, boolean resume, boolean force, String what) {
    if (resume && out == null) {
      throw new ParameterException(
          cmd, "--resume needs the --out folder of the " + what + " to continue");
    }
    if (resume && force) {
      throw new ParameterException(cmd, "give either --resume or --force, not both");
    }
  }

  /** Runs (or resumes) the plan into {@code folder}, with progress on a terminal unless quiet. */
  static SweepResult run(
      SweepPlan plan,
      Path folder,
      int threads,
      boolean resume,
      SweepOutputs outputs,
      ReplicationEngine.Factory engine,
      Main main,
      CommandLine cmd,
      boolean quiet)
      throws Exception {
    SweepInfo info = new SweepInfo(VersionProvider.version(), main.args());
    if (quiet || !main.terminal()) {
      return new SweepRunner(threads, SweepListener.NONE, engine)
          .run(plan, folder, resume, info, outputs);
    }
    SweepProgress progress = new SweepProgress(cmd.getErr());
    try {
      return new SweepRunner(threads, progress, engine).run(plan, folder, resume, info, outputs);
    } finally {
      progress.finish();
    }
  }

  /** Draws the study folder's charts (unless {@code noCharts}) and its report. */
  static void draw(Path folder, boolean noCharts) throws BadInputException {
    try {
      if (!noCharts) {
        Charts.writeSweep(folder);
      }
      SweepReport.write(folder);
    } catch (IOException e) {
      throw new BadInputException(
          "cannot write the charts or report of " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes an earlier study's {@code files} from {@code folder}, and its charts: the files in
   * {@code charts/} whose names start with one of {@code chartPrefixes}. Anything else stays.
   */
  static void removeEarlier(Path folder, List<String> files, List<String> chartPrefixes)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    for (String f : files) {
      Files.deleteIfExists(folder.resolve(f));
    }
    Path charts = folder.resolve(Drawings.CHARTS);
    if (Files.isDirectory(charts)) {
      List<Path> drawn = new ArrayList<>();
      try (var list = Files.list(charts)) {
        list.filter(p -> chartPrefixes.stream().anyMatch(p.getFileName().toString()::startsWith))
            .forEach(drawn::add);
      }
      for (Path f : drawn) {
        Files.delete(f);
      }
    }
  }

  /** {@code output/<scenario><suffix>/<UTC time>}, with a {@code -N} suffix if that exists. */
  static Path defaultFolder(Path scenarioFile, String suffix) {
    String name = scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    return OutputTarget.byDefault(SweepCommand.DEFAULT_ROOT, name + suffix, Instant.now())
        .freeName();
  }

  /** The console's note on precision-based stopping, empty without it. */
  static String precisionText(SweepResult r) {
    if (r.precisionReached() == null) {
      return "";
    }
    return r.precisionReached()
        ? " (precision reached)"
        : " (precision NOT reached at the maximum)";
  }
}
