package org.outagesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.outagesim.chart.Charts;
import org.outagesim.report.AtomicFolder;
import org.outagesim.report.ManifestFile;
import org.outagesim.report.OutputFolderException;
import org.outagesim.report.OutputTarget;
import org.outagesim.report.ReplicationsCsv;
import org.outagesim.report.SummaryJson;
import org.outagesim.report.TimeseriesCsv;
import org.outagesim.report.html.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code outagesim chart DIR}: redraws the charts and {@code report.html} of a result folder from
 * its saved files, without simulating. The folder is rebuilt beside itself — every file the user
 * has in it is copied, the charts and the report are drawn anew — and then swapped in atomically,
 * so an interrupted redraw leaves the folder as it was.
 */
@Command(
    name = "chart",
    description = "Redraw the charts and report.html of a result folder from its saved files.")
final class ChartCommand implements Callable<Integer> {

  /** Files a result folder must have to be drawn. */
  static final List<String> REQUIRED =
      List.of(ManifestFile.NAME, SummaryJson.NAME, ReplicationsCsv.NAME, TimeseriesCsv.NAME);

  /** Files a sweep folder must have to be drawn. */
  static final List<String> SWEEP_REQUIRED =
      List.of(ManifestFile.NAME, "sweep.csv", "sweep-summary.csv");

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "A folder written by 'outagesim run' or 'outagesim sweep'.")
  Path dir;

  @Mixin VerboseOption verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    boolean sweep = checkFolder();
    Path published;
    try {
      published =
          AtomicFolder.publish(
              OutputTarget.chosen(dir, true),
              tmp -> {
                copyUserFiles(tmp);
                if (sweep) {
                  Charts.writeSweep(tmp);
                  SweepReport.write(tmp);
                } else {
                  Drawings.drawAll(tmp, true);
                }
              });
    } catch (IOException | OutputFolderException e) {
      throw new BadInputException("cannot redraw " + dir + ": " + e.getMessage(), e);
    }
    long charts;
    try (Stream<Path> files = Files.list(published.resolve(Drawings.CHARTS))) {
      charts = files.count();
    }
    spec.commandLine()
        .getOut()
        .printf(
            "redrew %d chart files (PNG and SVG) and %s of the %s folder %s%n",
            charts, Drawings.REPORT, sweep ? "sweep" : "run", published);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  /**
   * Whether the folder is a sweep's; a folder that is neither a run's nor a sweep's is bad input.
   */
  private boolean checkFolder() throws BadInputException {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(
          dir
              + ": "
              + (Files.exists(dir) ? "is not a folder" : "no such folder")
              + "; expected a folder written by 'outagesim run' or 'outagesim sweep'");
    }
    if (SWEEP_REQUIRED.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)))) {
      return true;
    }
    List<String> missing =
        REQUIRED.stream().filter(f -> !Files.isRegularFile(dir.resolve(f))).toList();
    if (!missing.isEmpty()) {
      throw new BadInputException(
          dir
              + ": not a run or sweep folder, missing "
              + String.join(", ", missing)
              + " (a sweep folder has "
              + String.join(", ", SWEEP_REQUIRED)
              + ")");
    }
    return false;
  }

  /** Copies everything but the charts and the report, which are drawn anew. */
  private void copyUserFiles(Path tmp) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path rel = dir.relativize(p);
        if (rel.toString().isEmpty()
            || rel.startsWith(Drawings.CHARTS)
            || rel.toString().equals(Drawings.REPORT)) {
          continue;
        }
        Path to = tmp.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
