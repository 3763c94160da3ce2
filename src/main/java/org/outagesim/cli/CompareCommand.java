package org.outagesim.cli;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.outagesim.chart.Charts;
import org.outagesim.decision.DecisionFiles;
import org.outagesim.scenario.FileKind;
import org.outagesim.sweep.ComparisonPlan;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.plan.ComparisonPlanner;
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
 * {@code outagesim compare FILE}: runs a scenario once as it is ({@code current}) and once per
 * design with the selected tenants switched to it, all with the same replication seeds, on the
 * sweep runner (so resume, precision-based stopping and thread-independence hold). Besides the
 * sweep's files it writes {@code decision.csv} and {@code decision.json}: per tenant and design the
 * loss of one incident, the expected annual loss, the annual cost, the total, the break-even
 * frequency, a year's spread and the chance of being the cheapest. FILE is a scenario (with {@code
 * --tenants} and {@code --designs}) or a comparison file.
 */
@Command(
    name = "compare",
    description =
        "Compare deployment designs for some tenants: loss per incident, annual cost and risk.")
final class CompareCommand implements Callable<Integer> {

  private static final List<String> FILES =
      List.of(
          "sweep.csv",
          "sweep-summary.csv",
          "sweep-differences.csv",
          DecisionFiles.CSV,
          DecisionFiles.JSON,
          "manifest.json",
          Drawings.REPORT);

  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A scenario (with --tenants and --designs) or a comparison file (YAML).")
  Path file;

  @Option(
      names = "--tenants",
      paramLabel = "ID,ID|*",
      description = "Tenants to switch to each design: ids separated by commas, or '*' for all.")
  String tenants;

  @Option(
      names = "--designs",
      paramLabel = "NAME,NAME",
      description =
          "Designs to compare: presets (single-region, active-passive-shallow, active-passive-deep,"
              + " active-passive-manual, active-active) or the scenario's own.")
  String designs;

  @Option(
      names = "--secondary",
      paramLabel = "REGION",
      description = "Secondary region for tenants that have none, for designs that need one.")
  String secondary;

  @Option(
      names = "--incidents-per-year",
      paramLabel = "F",
      description = "How often such an incident happens a year (default: the scenario's, else 1).")
  Double incidentsPerYear;

  @Option(names = "--replications", paramLabel = "N", description = "Replications per design.")
  Integer replications;

  @Option(
      names = "--precision",
      paramLabel = "R",
      description =
          "Add replications until the 95%% half-width of the metric is within R × its mean for every design.")
  Double precision;

  @Option(
      names = "--metric",
      paramLabel = "NAME",
      description = "With --precision: the metric it watches (default: revenue_lost).")
  String metric;

  @Option(
      names = "--max-replications",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "With --precision: at most this many replications per design (default: ${DEFAULT-VALUE}).")
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
        spec.commandLine(),
        folderOptions.out,
        folderOptions.resume,
        folderOptions.force,
        "comparison");
    ScenarioInput.read(file);
    ComparisonPlan plan = withPrecision(plan());
    Path folder = folderOptions.folder(plan.sweep().scenarioFile(), "-compare");
    if (folderOptions.force) {
      Studies.removeEarlier(folder, FILES, List.of(Charts.SWEEP_PREFIX, Charts.DECISION_PREFIX));
    }
    DecisionFiles decision = new DecisionFiles(plan);
    SweepResult result =
        Studies.run(
            plan.sweep(),
            folder,
            threads,
            folderOptions.resume,
            decision,
            engineOption.factory(spec.commandLine()),
            main,
            spec.commandLine(),
            folderOptions.quiet);
    Studies.draw(folder, folderOptions.noCharts);
    if (!folderOptions.quiet) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(
          Locale.ROOT,
          "%d designs (current and %s) × %d replications, %s tenants switched%s%n",
          plan.sweep().points().size(),
          String.join(", ", plan.designs()),
          result.replications(),
          plan.tenants().size(),
          Studies.precisionText(result));
      stdout.print(DecisionTable.of(decision.decision()));
      stdout.printf(
          Locale.ROOT, "results: %s%nreport:  %s%n", folder, folder.resolve(Drawings.REPORT));
      stdout.flush();
    }
    return ExitCode.OK;
  }

  private ComparisonPlan plan() throws Exception {
    boolean comparisonFile = isComparisonFile();
    if (comparisonFile) {
      if (tenants != null || designs != null || replications != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--tenants, --designs and --replications go with a scenario; for a comparison file,"
                + " set compare.tenants, compare.designs and replications in the file");
      }
      return ComparisonPlanner.fromFile(file, overrides.sets(), secondary, incidentsPerYear);
    }
    if (tenants == null || designs == null) {
      throw new ParameterException(
          spec.commandLine(),
          file
              + " is a scenario: give --tenants ID,ID (or '*') and --designs NAME,NAME, like"
              + " --tenants '*' --designs single-region,active-passive-deep,active-active");
    }
    return ComparisonPlanner.fromCommandLine(
        file, overrides.sets(), tenants, designs, secondary, incidentsPerYear, replications);
  }

  /** Whether FILE's top-level keys are a sweep file's (a comparison file is one). */
  private boolean isComparisonFile() {
    List<String> keys = new ArrayList<>();
    try {
      com.fasterxml.jackson.databind.JsonNode root = new YAMLMapper().readTree(file.toFile());
      if (root == null || !root.isObject()) {
        return false;
      }
      root.fieldNames().forEachRemaining(keys::add);
    } catch (IOException e) {
      return false; // the scenario loader reports what is wrong with the file
    }
    return FileKind.of(keys) == FileKind.SWEEP;
  }

  private ComparisonPlan withPrecision(ComparisonPlan plan) {
    SweepPlan s = plan.sweep();
    String name = metric == null ? "revenue_lost" : metric.strip();
    SweepPlan.Precision target =
        PrecisionTarget.of(spec.commandLine(), precision, name, maxReplications, s.replications());
    if (target == null) {
      if (metric != null) {
        throw new ParameterException(spec.commandLine(), "--metric goes with --precision");
      }
      return plan;
    }
    SweepPlan p =
        new SweepPlan(
            s.scenarioFile(),
            s.baseOverrides(),
            s.design(),
            s.parameters(),
            s.points(),
            s.replications(),
            s.metrics(),
            s.baseline(),
            target);
    return new ComparisonPlan(p, plan.tenants(), plan.designs(), plan.incidentsPerYear());
  }
}
