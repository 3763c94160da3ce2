package org.outagesim.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.model.spec.ScenarioSpec;

/**
 * Writes {@code manifest.json}: how the results were made (tool version, scenario file and hash,
 * overrides, seed, replications) and the resolved scenario after overrides, so a run can be
 * repeated and its inputs checked. {@code threads}, {@code wall_seconds}, {@code java_version} and
 * {@code command_line} describe this execution and differ between otherwise equal runs.
 */
public final class ManifestFile {

  /** File name inside the output folder. */
  public static final String NAME = "manifest.json";

  private ManifestFile() {}

  static void write(ExperimentResult result, RunInfo info, Path dir) throws IOException {
    Files.writeString(dir.resolve(NAME), ReportJson.toJson(of(result, info)));
  }

  static Manifest of(ExperimentResult result, RunInfo info) {
    ScenarioSpec s = result.scenario();
    return new Manifest(
        info.toolVersion(),
        info.scenarioFile(),
        info.scenarioSha256(),
        info.overrides(),
        s.seed(),
        s.replications(),
        result.threads(),
        result.wallSeconds(),
        info.javaVersion(),
        info.commandLine(),
        info.precision(),
        s);
  }

  /** The document written to {@code manifest.json}; keys in snake case. */
  @JsonPropertyOrder({
    "toolVersion",
    "scenarioFile",
    "scenarioSha256",
    "overrides",
    "seed",
    "replications",
    "threads",
    "wallSeconds",
    "javaVersion",
    "commandLine",
    "precision",
    "scenario"
  })
  record Manifest(
      String toolVersion,
      String scenarioFile,
      String scenarioSha256,
      List<String> overrides,
      long seed,
      int replications,
      int threads,
      double wallSeconds,
      String javaVersion,
      List<String> commandLine,
      RunInfo.Precision precision,
      ScenarioSpec scenario) {}
}
