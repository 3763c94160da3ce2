package org.outagesim.cli;

import java.io.PrintWriter;
import org.outagesim.experiment.SimulationFailedException;
import org.outagesim.report.OutputFolderException;
import org.outagesim.scenario.Problem;
import org.outagesim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into a message on stderr and an {@link ExitCode}:
 *
 * <ol>
 *   <li>usage errors: picocli's message and a hint to {@code --help}; exit 2;
 *   <li>an invalid scenario: every problem, one per line ({@code file:line: path: message}); exit
 *       2;
 *   <li>other bad input (unreadable file, unusable output folder): the message; exit 2;
 *   <li>a failed replication: the message; exit 3;
 *   <li>anything else is a bug: the stack trace; exit 1.
 * </ol>
 *
 * <p>Only bugs print a stack trace, unless {@code --verbose} was given.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean verbose =
        parsed.subcommand() != null
            ? lastSubcommand(parsed).hasMatchedOption(VerboseOption.NAME)
            : parsed.hasMatchedOption(VerboseOption.NAME);
    int code;
    if (ex instanceof ScenarioException se) {
      for (Problem p : se.problems()) {
        err.println(p);
      }
      code = ExitCode.BAD_INPUT;
    } else if (ex instanceof BadInputException || ex instanceof OutputFolderException) {
      err.println(ex.getMessage());
      code = ExitCode.BAD_INPUT;
    } else if (ex instanceof SimulationFailedException) {
      err.println("simulation failed: " + ex.getMessage());
      code = ExitCode.SIMULATION_FAILED;
    } else {
      err.println("internal error: " + ex);
      verbose = true;
      code = ExitCode.INTERNAL_ERROR;
    }
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static ParseResult lastSubcommand(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.subcommand() != null) {
      p = p.subcommand();
    }
    return p;
  }
}
