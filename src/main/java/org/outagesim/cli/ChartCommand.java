package org.outagesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.outagesim.report.AtomicFolder;
import org.outagesim.report.ManifestFile;
import org.outagesim.report.OutputFolderException;
import org.outagesim.report.OutputTarget;
import org.outagesim.report.ReplicationsCsv;
import org.outagesim.report.SummaryJson;
import org.outagesim.report.TimeseriesCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code outagesim chart DIR}: redraws the charts and {@code report.html} of a result folder from
 * its saved files, without simulating. The folder is rebuilt beside itself — every file the user
 * has in it is copied, the charts and the report are drawn anew — and then swapped in atomically,
 * so an interrupted redraw leaves the folder as it was.
 */
@Command(name = "chart", description = "Redraw the charts and report.html of a result folder from its saved files.")
final class ChartCommand implements Callable<Integer> {

  /** Files a result folder must have to be drawn. */
  static final List<String> REQUIRED =
      List.of(ManifestFile.NAME, SummaryJson.NAME, ReplicationsCsv.NAME, TimeseriesCsv.NAME);

  @Parameters(index = "0", paramLabel = "DIR", description = "A result folder written by 'outagesim run'.")
  Path dir;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    checkFolder();
    try {
      AtomicFolder.publish(OutputTarget.chosen(dir, true), tmp -> {
        copyUserFiles(tmp);
        Drawings.drawAll(tmp, true);
      });
    } catch (IOException | OutputFolderException e) {
      throw new BadInputException("cannot redraw " + dir + ": " + e.getMessage(), e);
    }
    return ExitCode.OK;
  }

  private void checkFolder() throws BadInputException {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": " + (Files.exists(dir) ? "is not a folder" : "no such folder")
          + "; expected a result folder written by 'outagesim run'");
    }
    List<String> missing = REQUIRED.stream().filter(f -> !Files.isRegularFile(dir.resolve(f))).toList();
    if (!missing.isEmpty()) {
      throw new BadInputException(dir + ": not a result folder, missing " + String.join(", ", missing));
    }
  }

  /** Copies everything but the charts and the report, which are drawn anew. */
  private void copyUserFiles(Path tmp) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path rel = dir.relativize(p);
        if (rel.toString().isEmpty() || rel.startsWith(Drawings.CHARTS) || rel.toString().equals(Drawings.REPORT)) {
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
