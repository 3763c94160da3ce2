package org.outagesim.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code outagesim} command. Each subcommand is one class listed in {@code subcommands} below;
 * adding one is a one-line change. Errors become exit codes in {@link ErrorReporter}.
 */
@Command(
    name = "outagesim",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Simulates cloud-region DNS outages and reports lost transactions and revenue.",
    subcommands = {
      InitCommand.class,
      RunCommand.class,
      BatchCommand.class,
      ValidateCommand.class,
      SweepCommand.class,
      CompareCommand.class,
      SensitivityCommand.class,
      ChartCommand.class,
      BenchCommand.class,
      SchemaCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class Main implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final boolean terminal;
  private final List<String> args;

  private Main(boolean terminal, String[] args) {
    this.terminal = terminal;
    this.args = List.of(args);
  }

  // Built for Java 17, where console() is null unless the process runs on a terminal;
  // Console.isTerminal(), the test for JDK 22 and newer, does not exist there.
  @SuppressWarnings("SystemConsoleNull")
  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err, System.console() != null));
  }

  /**
   * Runs the command in-process with stdout and stderr redirected; returns the exit code. Both
   * streams get UTF-8 whatever the platform charset, so {@code --json} output is valid JSON text
   * and scripts see the same bytes under any locale.
   */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    return execute(args, out, err, false);
  }

  /**
   * As {@link #execute(String[], PrintStream, PrintStream)}; {@code terminal} says whether stderr
   * is a terminal, where progress may be shown.
   */
  public static int execute(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    ErrorReporter reporter = new ErrorReporter();
    CommandLine cmd =
        new CommandLine(new Main(terminal, args))
            .setOut(outWriter)
            .setErr(errWriter)
            .setExecutionExceptionHandler(reporter)
            .setParameterExceptionHandler(reporter);
    try {
      return cmd.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** The command tree, for code that inspects the commands and their options. */
  static CommandLine commandLine() {
    return new CommandLine(new Main(false, new String[0]));
  }

  /** Whether stderr is a terminal. */
  boolean terminal() {
    return terminal;
  }

  /** The arguments as given, for the manifest. */
  List<String> args() {
    return args;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
  }
}
