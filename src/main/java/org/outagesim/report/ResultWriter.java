package org.outagesim.report;

import java.io.IOException;
import java.nio.file.Path;
import org.outagesim.experiment.ExperimentResult;

/**
 * Writes a run's result folder: {@code manifest.json}, {@code replications.csv}, {@code
 * summary.csv}, {@code summary.json} and {@code timeseries.csv}. Apart from the manifest's
 * execution facts (threads, wall time, Java version, command line), equal records give
 * byte-identical files. Publishing is atomic, see {@link AtomicFolder}.
 */
public final class ResultWriter {

  private ResultWriter() {}

  /** Writes every file into {@code target} atomically and returns the folder written. */
  public static Path write(ExperimentResult result, RunInfo info, OutputTarget target)
      throws IOException, OutputFolderException {
    return AtomicFolder.publish(target, dir -> writeFiles(result, info, dir));
  }

  /** Writes every file into the existing folder {@code dir}, replacing files of the same names. */
  public static void writeFiles(ExperimentResult result, RunInfo info, Path dir)
      throws IOException {
    ManifestFile.write(result, info, dir);
    ReplicationsCsv.write(result, dir);
    SummaryCsv.write(result, dir);
    SummaryJson.write(result, dir);
    TimeseriesCsv.write(result, dir);
  }
}
