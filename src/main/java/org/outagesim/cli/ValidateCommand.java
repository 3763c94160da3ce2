package org.outagesim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.outagesim.model.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outagesim validate FILE}: loads a scenario with its overrides and either prints a
 * one-line description (exit 0) or every problem found, one per line on stderr (exit 2).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a scenario file and list every problem with file, line and key.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Mixin OverrideOptions overrides;
  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    ScenarioSpec s = ScenarioInput.read(file).load(overrides.sets());
    spec.commandLine().getOut().printf("%s: ok — %d tenants, %d faults, %d regions, horizon %s%n", file,
        s.tenants().size(), s.faults().size(), s.regions().size(), DurationText.of(s.durationS()));
    return ExitCode.OK;
  }
}
