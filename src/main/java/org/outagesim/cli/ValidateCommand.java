package org.outagesim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.DurationFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outagesim validate FILE}: loads a scenario with its overrides and either prints a one-line
 * description (exit 0) or every problem found, one per line on stderr (exit 2). With {@code --json}
 * the result is one line of JSON on stdout instead ({@link ProblemsJson}).
 */
@Command(
    name = "validate",
    description = "Check a scenario file and list every problem with file, line and key.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Mixin OverrideOptions overrides;
  @Mixin VerboseOption verbose;

  @Option(
      names = "--json",
      description = "Print the result as one line of JSON on stdout (see docs/scenario-format.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (json) {
      return ProblemsJson.report(
          file, () -> ScenarioInput.read(file).load(overrides.sets()), spec.commandLine().getOut());
    }
    ScenarioSpec s = ScenarioInput.read(file).load(overrides.sets());
    spec.commandLine()
        .getOut()
        .printf(
            "%s: ok — %s, %s, %s, horizon %s%n",
            file,
            count(s.tenants().size(), "tenant"),
            count(s.faults().size(), "fault"),
            count(s.regions().size(), "region"),
            DurationFormat.format(s.durationS()));
    spec.commandLine()
        .getOut()
        .print(
            RunEstimate.of(
                    s,
                    Runtime.getRuntime().availableProcessors(),
                    org.outagesim.experiment.SpeedCalibration.measure(s))
                .text());
    spec.commandLine().getOut().print(CapacityText.of(s));
    return ExitCode.OK;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
