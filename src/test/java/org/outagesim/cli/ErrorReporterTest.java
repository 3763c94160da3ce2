package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.outagesim.experiment.SimulationFailedException;
import org.outagesim.scenario.Problem;
import org.outagesim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Each kind of failure maps to its exit code, with a stack trace only where it is due. */
class ErrorReporterTest {

  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    @Mixin VerboseOption verbose;
    final Exception toThrow;

    Failing(Exception toThrow) {
      this.toThrow = toThrow;
    }

    @Override
    public Integer call() throws Exception {
      throw toThrow;
    }
  }

  private record Result(int code, String err) {}

  private static Result execute(Exception ex, String... args) {
    StringWriter err = new StringWriter();
    ErrorReporter reporter = new ErrorReporter();
    int code =
        new CommandLine(new Failing(ex))
            .setErr(new PrintWriter(err, true))
            .setExecutionExceptionHandler(reporter)
            .setParameterExceptionHandler(reporter)
            .execute(args);
    return new Result(code, err.toString());
  }

  @Test
  void failedReplicationExitsThreeWithoutStackTrace() {
    Result r =
        execute(new SimulationFailedException(4, new IllegalStateException("queue went negative")));
    assertEquals(ExitCode.SIMULATION_FAILED, r.code());
    assertEquals("simulation failed: replication 4 failed: queue went negative\n", r.err());
  }

  @Test
  void failedReplicationShowsTheStackTraceWithVerbose() {
    Result r =
        execute(
            new SimulationFailedException(4, new IllegalStateException("queue went negative")),
            "--verbose");
    assertEquals(ExitCode.SIMULATION_FAILED, r.code());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void aBugExitsOneWithTheStackTrace() {
    Result r = execute(new NullPointerException("oops"));
    assertEquals(ExitCode.INTERNAL_ERROR, r.code());
    assertTrue(
        r.err().startsWith("internal error: java.lang.NullPointerException: oops\n"), r.err());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void everyScenarioProblemGetsItsOwnLine() {
    Result r =
        execute(
            new ScenarioException(
                List.of(
                    new Problem("a.yaml", 3, "dns.resolvers", "must be at least 1"),
                    new Problem("--set", 0, "seed", "expected an integer, got 'x'"))));
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertEquals(
        "a.yaml:3: dns.resolvers: must be at least 1\n--set: seed: expected an integer, got 'x'\n",
        r.err());
    assertFalse(r.err().contains("\tat "));
  }
}
