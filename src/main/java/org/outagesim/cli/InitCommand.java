package org.outagesim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.scenario.ScenarioTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code outagesim init NAME}: writes a commented, valid scenario ({@link ScenarioTemplate}) to
 * start from. In order: checks the name, the tenant count and the target (an existing file is kept
 * unless {@code --force}; a folder or a missing parent folder is bad input), writes the text to a
 * hidden temporary file next to the target, created like any file of the user's (its permissions
 * follow the umask), and renames it over the target in one step, so the target is never seen half
 * written.
 */
@Command(name = "init", description = "Write a commented scenario file to start from.")
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description =
          "The scenario's name (letters, digits, '_', '.' and '-'); the file is NAME.yaml by default.")
  String name;

  @Option(
      names = "--tenants",
      paramLabel = "N",
      defaultValue = "1",
      description = "How many tenants (default: ${DEFAULT-VALUE}).")
  int tenants;

  @Option(
      names = "--strategy",
      paramLabel = "S",
      defaultValue = "single-region",
      converter = StrategyName.class,
      description =
          "Deployment of every tenant: single-region, active-passive or active-active (default: ${DEFAULT-VALUE}).")
  Strategy strategy;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The file to write (default: NAME.yaml in the current folder).")
  Path out;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    if (!ScenarioTemplate.isValidName(name)) {
      throw new ParameterException(
          spec.commandLine(),
          "NAME: must contain only letters, digits, '_', '.' and '-', got '" + name + "'");
    }
    if (tenants < 1) {
      throw new ParameterException(
          spec.commandLine(), "--tenants: must be a positive integer, got " + tenants);
    }
    Path file = out != null ? out : Path.of(name + ".yaml");
    checkTarget(file);
    write(file, ScenarioTemplate.text(name, tenants, strategy));
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s: %d %s, %s; next: outagesim validate %s%n",
            file, tenants, tenants == 1 ? "tenant" : "tenants", strategy.key(), file);
    return ExitCode.OK;
  }

  private void checkTarget(Path file) throws BadInputException {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": is a folder; give a file name with --out");
    }
    if (Files.exists(file) && !force) {
      throw new BadInputException(file + ": exists; give --force to replace it");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInputException(file + ": no such folder " + parent);
    }
  }

  private static void write(Path file, String text) throws BadInputException {
    Path temporary =
        file.resolveSibling(
            "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.writeString(
          temporary,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AccessDeniedException e) {
      throw new BadInputException(file + ": cannot write: permission denied", e);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot write: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // The rename failed and so did the clean-up; the message above already says why.
      }
    }
  }

  /** The strategy as written in scenarios ({@code active-passive}). */
  static final class StrategyName implements ITypeConverter<Strategy> {
    @Override
    public Strategy convert(String value) {
      return Arrays.stream(Strategy.values())
          .filter(s -> s.key().equals(value.toLowerCase(Locale.ROOT)))
          .findFirst()
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "expected one of "
                          + Arrays.stream(Strategy.values())
                              .map(Strategy::key)
                              .collect(Collectors.joining(", "))
                          + ", got '"
                          + value
                          + "'"));
    }
  }
}
