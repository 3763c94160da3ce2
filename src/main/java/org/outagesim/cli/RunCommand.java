package org.outagesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.experiment.ReplicationEngine;
import org.outagesim.experiment.SpeedCalibration;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.AtomicFolder;
import org.outagesim.report.OutputTarget;
import org.outagesim.report.ResultWriter;
import org.outagesim.report.RunInfo;
import org.outagesim.report.SummaryJson;
import org.outagesim.report.html.FewReplications;
import org.outagesim.sweep.AssumptionPlan;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.plan.AssumptionPlanner;
import org.outagesim.sweep.run.PrecisionStopping;
import org.outagesim.uncertainty.Uncertainty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code outagesim run FILE}: in order, checks the output folder (so a bad {@code --out} fails
 * before any simulation), loads the scenario with {@code --set} overrides followed by those that
 * {@code --replications}, {@code --seed} and {@code --duration} stand for (so they are validated
 * like any other, and their problems name the option), runs the replications, publishes the result
 * folder atomically and prints a short summary, {@code summary.json} ({@code --json}) or nothing
 * ({@code --quiet}). A folder that cannot be written (permissions, a full disk) is the user's
 * environment, so bad input, not a bug.
 */
@Command(name = "run", description = "Run a scenario's replications and write the results folder.")
final class RunCommand implements Callable<Integer> {

  /** Where results go without {@code --out}, relative to the current directory. */
  static final Path DEFAULT_ROOT = Path.of("output");

  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Mixin RunOverrides runOverrides;

  @Mixin ThreadsOption threadsOption;
  @Mixin EngineOption engineOption;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = {"Output folder, missing or empty. Default:", "output/<scenario>/<UTC-time>"})
  Path out;

  @Option(
      names = "--force",
      description = "With --out: replace a non-empty folder once the new one is complete.")
  boolean force;

  @Option(names = "--json", description = "Print summary.json to stdout instead of the summary.")
  boolean json;

  @Option(names = "--quiet", description = "Print nothing on success (no summary, no progress).")
  boolean quiet;

  @Option(
      names = "--precision",
      paramLabel = "R",
      description =
          "Add replications until the 95%% half-width of --metric (all tenants) is within R × its mean.")
  Double precision;

  @Option(
      names = "--metric",
      paramLabel = "NAME",
      defaultValue = "transactions_lost",
      description = "With --precision: the metric to watch (default: ${DEFAULT-VALUE}).")
  String metric;

  @Option(
      names = "--max-replications",
      paramLabel = "N",
      defaultValue = "100",
      description = "With --precision: at most this many replications (default: ${DEFAULT-VALUE}).")
  int maxReplications;

  @Option(
      names = "--dry-run",
      description = "Check the scenario and print the estimate of the run; simulate nothing.")
  boolean dryRun;

  @Option(
      names = "--no-charts",
      description = "Do not draw charts (report.html is still written, without them).")
  boolean noCharts;

  @Option(
      names = "--uncertainty",
      paramLabel = "N",
      description =
          "Also run N Latin-hypercube samples of the scenario's uncertain: values and report the"
              + " range they give (uncertainty.csv).")
  Integer uncertainty;

  @Option(
      names = "--resume",
      description =
          "With --uncertainty and --out: continue the samples of the run in --out (its base run is"
              + " kept).")
  boolean resume;

  @Mixin OverrideOptions overrides;
  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    int threads = threadsOption.checked(spec.commandLine());
    checkUncertaintyOptions();
    ReplicationEngine.Factory engine = engineOption.factory(spec.commandLine());
    ScenarioInput input = ScenarioInput.read(file);
    Map<String, String> options = runOverrides.byOption();
    List<String> applied = new ArrayList<>(overrides.sets());
    applied.addAll(options.values());
    ScenarioSpec scenario = input.load(overrides.sets(), options, threads);
    AssumptionPlan study =
        uncertainty == null
            ? null
            : AssumptionPlanner.uncertainty(file, applied, uncertainty, null, List.of());
    if (resume) {
      UncertaintyStudy.checkResumable(out, input.sha256(), applied);
      return finish(
          UncertaintyStudy.run(study, out, threads, true, engine, main, spec, quiet), out);
    }
    OutputTarget chosen = out == null ? null : OutputTarget.chosen(out, force);
    SweepPlan.Precision goal =
        PrecisionTarget.of(
            spec.commandLine(), precision, metric, maxReplications, scenario.replications());
    RunInfo.Precision reached = null;
    ExperimentResult result;
    if (dryRun || !quiet) {
      RunEstimate estimate = RunEstimate.of(scenario, threads, SpeedCalibration.measure(scenario));
      if (dryRun) {
        spec.commandLine().getOut().print(estimate.text());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
      }
      if (estimate.isLong()) {
        spec.commandLine().getErr().println(estimate.warning());
        spec.commandLine().getErr().flush();
      }
    }
    if (goal == null && !quiet && scenario.replications() < FewReplications.MINIMUM) {
      spec.commandLine()
          .getErr()
          .println("warning: " + FewReplications.warning(scenario.replications()));
      spec.commandLine().getErr().flush();
    }
    if (goal == null) {
      result = withProgress(listener -> new Experiment(threads, listener, engine).run(scenario));
    } else {
      PrecisionStopping.Outcome outcome =
          withProgress(
              listener -> PrecisionStopping.run(scenario, goal, threads, listener, engine));
      result = outcome.result();
      reached =
          new RunInfo.Precision(
              metric,
              precision,
              maxReplications,
              outcome.reached(),
              outcome.precision().mean(),
              outcome.precision().halfWidth95());
    }
    OutputTarget target =
        chosen != null ? chosen : OutputTarget.byDefault(DEFAULT_ROOT, scenario.name(), started);
    RunInfo info =
        new RunInfo(
            VersionProvider.version(),
            file.toString(),
            input.sha256(),
            applied,
            main.args(),
            System.getProperty("java.version"),
            reached);
    Path folder = publish(result, info, target, !noCharts);
    Uncertainty answer =
        study == null
            ? null
            : UncertaintyStudy.run(study, folder, threads, false, engine, main, spec, quiet);
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.print(Files.readString(folder.resolve(SummaryJson.NAME)));
    } else if (!quiet) {
      stdout.print(SummaryText.of(result, folder));
      if (answer != null) {
        stdout.print(UncertaintyStudy.text(answer));
      }
    }
    stdout.flush();
    return ExitCode.OK;
  }

  /** After a resumed study: prints its lines (or summary.json). */
  private int finish(Uncertainty answer, Path folder) throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.print(Files.readString(folder.resolve(SummaryJson.NAME)));
    } else if (!quiet) {
      stdout.print(UncertaintyStudy.text(answer));
      stdout.printf("results: %s%n", folder);
    }
    stdout.flush();
    return ExitCode.OK;
  }

  private void checkUncertaintyOptions() {
    if (uncertainty != null && precision != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--uncertainty runs a fixed number of replications per sample; leave out --precision");
    }
    if (resume && (uncertainty == null || out == null)) {
      throw new ParameterException(
          spec.commandLine(),
          "--resume continues the samples of a run: give --uncertainty N and the run's --out folder");
    }
    if (resume && force) {
      throw new ParameterException(spec.commandLine(), "give either --resume or --force, not both");
    }
  }

  private static Path publish(
      ExperimentResult result, RunInfo info, OutputTarget target, boolean charts) throws Exception {
    try {
      return AtomicFolder.publish(
          target,
          dir -> {
            ResultWriter.writeFiles(result, info, dir);
            Drawings.drawAll(dir, charts);
          });
    } catch (IOException e) {
      throw new BadInputException("cannot write results to " + target.path() + ": " + e, e);
    }
  }

  /** Something that runs replications, told of their progress. */
  @FunctionalInterface
  private interface Simulation<T> {
    T run(ProgressListener listener) throws Exception;
  }

  /**
   * Runs {@code simulation} with a progress line on a terminal (unless --quiet), nothing otherwise.
   */
  private <T> T withProgress(Simulation<T> simulation) throws Exception {
    if (quiet || !main.terminal()) {
      return simulation.run(ProgressListener.NONE);
    }
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
    try {
      return simulation.run(progress);
    } finally {
      progress.finish();
    }
  }
}
