package org.outagesim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.outagesim.report.AtomicFiles;
import org.outagesim.report.SummaryJson;
import org.outagesim.report.html.HtmlReport;
import org.outagesim.sweep.AssumptionPlan;
import org.outagesim.uncertainty.Uncertainty;
import org.outagesim.uncertainty.UncertaintyFiles;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --uncertainty N} part of {@code run}: after the base run is published, the samples run
 * as a sweep in the run folder's {@value #FOLDER} subfolder (so they can be resumed), then {@code
 * uncertainty.csv} is written beside the run's files, {@code summary.json} gains its {@code
 * uncertainty} entry and the report is redrawn with the uncertainty line.
 */
final class UncertaintyStudy {

  /** The samples' sweep folder inside the run folder. */
  static final String FOLDER = "uncertainty";

  private UncertaintyStudy() {}

  /** Runs (or resumes) the study for the run in {@code folder} and writes its files. */
  static Uncertainty run(
      AssumptionPlan plan,
      Path folder,
      int threads,
      boolean resume,
      org.outagesim.experiment.ReplicationEngine.Factory engine,
      Main main,
      CommandSpec spec,
      boolean quiet)
      throws Exception {
    UncertaintyFiles files = new UncertaintyFiles(plan);
    Studies.run(
        plan.sweep(),
        folder.resolve(FOLDER),
        threads,
        resume,
        files,
        engine,
        main,
        spec.commandLine(),
        quiet);
    Uncertainty u = files.result();
    try {
      AtomicFiles.replace(folder, Uncertainty.CSV, u.csv());
      SummaryJson.addUncertainty(folder, u.summaryEntry());
      HtmlReport.write(folder);
    } catch (IOException e) {
      throw new BadInputException("cannot write the uncertainty of " + folder + ": " + e, e);
    }
    return u;
  }

  /**
   * Checks that {@code folder} holds a finished run of the same scenario file and overrides, whose
   * samples can be continued.
   */
  static void checkResumable(Path folder, String sha256, List<String> overrides)
      throws BadInputException {
    Path manifest = folder.resolve("manifest.json");
    JsonNode m;
    try {
      m = new ObjectMapper().readTree(manifest.toFile());
    } catch (IOException e) {
      throw new BadInputException(
          folder
              + ": no finished run to continue (cannot read manifest.json); run without --resume");
    }
    List<String> saved = new ArrayList<>();
    m.path("overrides").forEach(o -> saved.add(o.asText()));
    if (!sha256.equals(m.path("scenario_sha256").asText()) || !saved.equals(overrides)) {
      throw new BadInputException(
          folder
              + ": its run is of another scenario file or other overrides ("
              + String.join(" ", saved)
              + "); give the same, or run into a new folder");
    }
  }

  /** The console lines: one per metric of all tenants together. */
  static String text(Uncertainty u) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "given the assumptions (%d samples of %s, %d replications each):%n",
            u.samples(),
            String.join(", ", u.paths()),
            u.replications()));
    for (Map.Entry<String, String> h : u.headlines().entrySet()) {
      b.append("  ").append(h.getValue()).append('\n');
    }
    return b.toString();
  }
}
