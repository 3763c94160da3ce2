package org.outagesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.outagesim.chart.Charts;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.plan.SweepPlanner;
import org.outagesim.sweep.run.SweepOutputs;
import org.outagesim.sweep.run.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code outagesim sweep FILE}: runs every point of a sweep with the same replication seeds (common
 * random numbers). FILE is a sweep file, or — with {@code --vary} — a scenario whose grid is given
 * on the command line. {@code sweep.csv} grows point by point, so a killed sweep continues with
 * {@code --resume}; the summary, the paired differences against the baseline point, the manifest,
 * the charts and {@code report.html} are written at the end.
 */
@Command(
    name = "sweep",
    description = "Run a parameter sweep with common random numbers; resumable.")
final class SweepCommand implements Callable<Integer> {
  static final Path DEFAULT_ROOT = Path.of("output");

  /** Files a sweep writes; {@code --force} removes them first. */
  private static final List<String> SWEEP_FILES =
      List.of(
          "sweep.csv",
          "sweep-summary.csv",
          "sweep-differences.csv",
          "manifest.json",
          Drawings.REPORT);

  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A sweep file (YAML), or a scenario file when --vary is given.")
  Path file;

  @Option(
      names = "--vary",
      paramLabel = "PATH=V1,V2,...",
      description =
          "Vary a scenario key over values (full grid, the last --vary fastest). FILE is then a scenario.")
  List<String> varies = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Replications per point.")
  Integer replications;

  @Option(
      names = "--metric",
      paramLabel = "NAME",
      description =
          "Metric(s) for the summary and differences (default: transactions_lost, revenue_lost); "
              + "the first is the one --precision watches.")
  List<String> metrics = new ArrayList<>();

  @Option(
      names = "--baseline",
      paramLabel = "INDEX",
      description = "Point the others are compared with (default 0).")
  Integer baseline;

  @Option(
      names = "--precision",
      paramLabel = "R",
      description =
          "Add replications until the 95%% half-width of the metric is within R × its mean at every point.")
  Double precision;

  @Option(
      names = "--max-replications",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "With --precision: at most this many replications per point (default: ${DEFAULT-VALUE}).")
  int maxReplications;

  @Mixin ThreadsOption threadsOption;
  @Mixin EngineOption engineOption;

  @Mixin StudyFolderOptions folderOptions;

  @Mixin OverrideOptions overrides;
  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    int threads = threadsOption.checked(spec.commandLine());
    Studies.checkResume(
        spec.commandLine(), folderOptions.out, folderOptions.resume, folderOptions.force, "sweep");
    if (varies.isEmpty()
        && (replications != null
            || baseline != null
            || (!metrics.isEmpty() && precision == null))) {
      throw new ParameterException(
          spec.commandLine(),
          "--replications, --metric and --baseline go with --vary; "
              + "for a sweep file, set replications, metrics and baseline in the file");
    }
    ScenarioInput.read(file);
    SweepPlan plan =
        withPrecision(
            varies.isEmpty()
                ? SweepPlanner.fromFile(file, overrides.sets())
                : SweepPlanner.fromCommandLine(
                    file, overrides.sets(), varies, replications, metrics, baseline));
    Path folder = folderOptions.folder(plan.scenarioFile(), "-sweep");
    if (folderOptions.force) {
      Studies.removeEarlier(folder, SWEEP_FILES, List.of(Charts.SWEEP_PREFIX));
    }
    SweepResult result =
        Studies.run(
            plan,
            folder,
            threads,
            folderOptions.resume,
            SweepOutputs.NONE,
            engineOption.factory(spec.commandLine()),
            main,
            spec.commandLine(),
            folderOptions.quiet);
    Studies.draw(folder, folderOptions.noCharts);
    if (!folderOptions.quiet) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(
          Locale.ROOT,
          "%d points × %d replications%s%n",
          plan.points().size(),
          result.replications(),
          Studies.precisionText(result));
      stdout.print(
          SweepTable.of(
              folder, plan.parameters(), plan.metrics().stream().map(Metric::column).toList()));
      stdout.printf(
          Locale.ROOT, "results: %s%nreport:  %s%n", folder, folder.resolve("report.html"));
      stdout.flush();
    }
    return ExitCode.OK;
  }

  private SweepPlan withPrecision(SweepPlan plan) {
    String name =
        metrics.isEmpty()
            ? Metric.TRANSACTIONS_LOST.column()
            : metrics.get(0).split(",", -1)[0].trim();
    SweepPlan.Precision target =
        PrecisionTarget.of(
            spec.commandLine(), precision, name, maxReplications, plan.replications());
    if (target == null) {
      return plan;
    }
    return new SweepPlan(
        plan.scenarioFile(),
        plan.baseOverrides(),
        plan.design(),
        plan.parameters(),
        plan.points(),
        plan.replications(),
        plan.metrics(),
        plan.baseline(),
        target);
  }
}
