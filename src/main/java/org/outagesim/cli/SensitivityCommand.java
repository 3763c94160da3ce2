package org.outagesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.outagesim.chart.Charts;
import org.outagesim.sweep.AssumptionPlan;
import org.outagesim.sweep.plan.AssumptionPlanner;
import org.outagesim.uncertainty.MorrisRow;
import org.outagesim.uncertainty.Sensitivity;
import org.outagesim.uncertainty.SensitivityFiles;
import org.outagesim.uncertainty.SensitivityRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code outagesim sensitivity FILE}: which of the scenario's uncertain values ({@code uncertain:})
 * its results depend on most. One-at-a-time (default): each value at its 5th and 95th percentile
 * with the others at base, the swing with its paired interval, a tornado chart per metric. Morris
 * ({@code --method morris}): elementary effects along random trajectories, μ*, μ and σ per value
 * and a μ*–σ chart. Runs on the sweep runner, so resume and thread-independence hold.
 */
@Command(
    name = "sensitivity",
    description = "Which uncertain value matters most: one-at-a-time swings or Morris screening.")
final class SensitivityCommand implements Callable<Integer> {

  private static final List<String> FILES =
      List.of(
          "sweep.csv",
          "sweep-summary.csv",
          "sweep-differences.csv",
          SensitivityFiles.CSV,
          SensitivityFiles.MORRIS_CSV,
          SensitivityFiles.JSON,
          "manifest.json",
          Drawings.REPORT);

  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "A scenario with uncertain: values.")
  Path file;

  @Option(
      names = "--metric",
      paramLabel = "NAME",
      description =
          "A metric to analyse (all tenants together); repeat for more. Default: transactions_lost,"
              + " revenue_lost, degraded_minutes.")
  List<String> metrics = new ArrayList<>();

  @Option(
      names = "--method",
      paramLabel = "M",
      defaultValue = "one-at-a-time",
      description = "one-at-a-time (default) or morris.")
  String method;

  @Option(
      names = "--trajectories",
      paramLabel = "R",
      defaultValue = "10",
      description = "With --method morris: trajectories (default: ${DEFAULT-VALUE}).")
  int trajectories;

  @Option(
      names = "--levels",
      paramLabel = "P",
      defaultValue = "4",
      description = "With --method morris: grid levels, even (default: ${DEFAULT-VALUE}).")
  int levels;

  @Option(names = "--replications", paramLabel = "N", description = "Replications per point.")
  Integer replications;

  @Mixin ThreadsOption threadsOption;
  @Mixin EngineOption engineOption;

  @Mixin StudyFolderOptions folderOptions;

  @Mixin OverrideOptions overrides;
  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    int threads = threadsOption.checked(spec.commandLine());
    Studies.checkResume(
        spec.commandLine(), folderOptions.out, folderOptions.resume, folderOptions.force, "study");
    boolean morris = method.equals("morris");
    if (!morris && !method.equals("one-at-a-time") && !method.equals("oat")) {
      throw new ParameterException(
          spec.commandLine(), "--method: expected one-at-a-time or morris, got '" + method + "'");
    }
    ScenarioInput.read(file);
    AssumptionPlan plan =
        morris
            ? AssumptionPlanner.morris(
                file, overrides.sets(), trajectories, levels, replications, metrics)
            : AssumptionPlanner.oneAtATime(file, overrides.sets(), replications, metrics);
    Path folder = folderOptions.folder(file, "-sensitivity");
    if (folderOptions.force) {
      Studies.removeEarlier(folder, FILES, List.of(Charts.TORNADO_PREFIX, Charts.MORRIS_PREFIX));
    }
    SensitivityFiles files = new SensitivityFiles(plan);
    Studies.run(
        plan.sweep(),
        folder,
        threads,
        folderOptions.resume,
        files,
        engineOption.factory(spec.commandLine()),
        main,
        spec.commandLine(),
        folderOptions.quiet);
    Studies.draw(folder, folderOptions.noCharts);
    if (!folderOptions.quiet) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text(files.result(), plan));
      stdout.printf(
          Locale.ROOT, "results: %s%nreport:  %s%n", folder, folder.resolve(Drawings.REPORT));
      stdout.flush();
    }
    return ExitCode.OK;
  }

  /** The console table: per metric the values by swing (or by μ*). */
  static String text(Sensitivity s, AssumptionPlan plan) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s: %d uncertain values, %d points × %d replications%n",
            s.method(),
            plan.uncertain().size(),
            plan.sweep().points().size(),
            s.replications()));
    for (Sensitivity.BaseValue base : s.base()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%n%s (all tenants), base %s ± %s%n",
              base.metric(),
              Figures.of(base.mean()),
              Figures.of(base.halfWidth())));
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"parameter", "low", "value", "high", "value", "swing"});
      for (SensitivityRow r : s.swings()) {
        if (r.metric().equals(base.metric())) {
          rows.add(
              new String[] {
                r.parameter(),
                r.low(),
                Figures.of(r.valueLow()),
                r.high(),
                Figures.of(r.valueHigh()),
                Figures.of(r.swing()) + " ± " + Figures.of(r.swingHalfWidth())
              });
        }
      }
      b.append(DecisionTable.align(rows));
    }
    String metric = null;
    List<String[]> rows = null;
    for (MorrisRow r : s.morris()) {
      if (!r.metric().equals(metric)) {
        if (rows != null) {
          b.append(DecisionTable.align(rows));
        }
        metric = r.metric();
        b.append(
            String.format(
                Locale.ROOT,
                "%n%s (all tenants), Morris with %d trajectories, %d levels, Δ = %.3f%n",
                metric,
                s.trajectories(),
                s.levels(),
                s.delta()));
        rows = new ArrayList<>();
        rows.add(new String[] {"parameter", "rank", "mu*", "mu", "sigma"});
      }
      rows.add(
          new String[] {
            r.parameter(),
            Integer.toString(r.rank()),
            Figures.of(r.muStar()),
            Figures.of(r.mu()),
            Figures.of(r.sigma())
          });
    }
    if (rows != null) {
      b.append(DecisionTable.align(rows));
    }
    return b.toString();
  }
}
