package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad {@code uncertain:} entries: all reported at once, with file, line and path; exit 2. */
class UncertainValidationTest {

  private static final String BODY =
      """
      name: shop
      start: 2018-11-22T08:00:00+09:00
      duration: 1h
      regions: [ { id: r1 } ]
      faults:
        - { type: region-resolver-failure, region: r1, at: 10m, duration: 20m, errorRate: 1.0 }
      tenants:
        - id: shop
          traffic: { sessionsPerSecond: 2 }
          user: { retries: 1, returnProbability: 0.2, returnDelay: 1h }
          deployment: { strategy: single-region, primary: r1 }
      """;

  @TempDir Path tmp;

  @Test
  void everyProblemIsNamedWithItsLineAndPath() throws Exception {
    Path file =
        Cli.write(
            tmp,
            "bad.yaml",
            BODY
                + """
                uncertain:
                  tenants[*].user.returnProbabilty: { uniform: [0.1, 0.5] }
                  tenants[*].user.returnDelay: { uniform: [10m, 30m] }
                  faults[0].errorRate: { uniform: [0.5, 1.5] }
                  tenants[*].user.retries: { uniform: [0, 3] }
                  tenants[*].traffic.sessionsPerSecond: { lognormal: { p5: 5, p95: 1 } }
                  dns.negativeTtl: { uniform: [1m, 10m], choice: [1m, 2m] }
                  faults[0].duration: { triangular: [10m, 5m, 30m] }
                  tenants[*].deployment.strategy: { choice: [single-region, single-region] }
                """);
    Cli.Outcome o = Cli.run("validate", file.toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    String err = o.err();
    String f = file.toString();
    assertTrue(
        err.contains(
            f
                + ":13: uncertain.tenants[*].user.returnProbabilty: unknown key"
                + " 'returnProbabilty', did you mean 'returnProbability'?"),
        err);
    assertTrue(
        err.contains(
            f
                + ":14: uncertain.tenants[*].user.returnDelay: the base value 1h (line 10) is outside"),
        err);
    assertTrue(
        err.contains(
            f
                + ":15: uncertain.faults[0].errorRate: the range reaches 1.5, which the key does not"
                + " take"),
        err);
    assertTrue(
        err.contains(f + ":16: uncertain.tenants[*].user.retries: the range reaches 1.5"), err);
    assertTrue(err.contains("expected an integer"), "an integer key needs a choice: " + err);
    assertTrue(
        err.contains(":17: uncertain.tenants[*].traffic.sessionsPerSecond.lognormal.p95"), err);
    assertTrue(err.contains(":18: uncertain.dns.negativeTtl: give one distribution"), err);
    assertTrue(
        err.contains(":19: uncertain.faults[0].duration.triangular: expected [min, mode, max]"),
        err);
    assertTrue(err.contains("'single-region' is listed twice"), err);
    assertFalse(err.contains("Exception"), "no stack trace");
  }

  @Test
  void validRangesPass() throws Exception {
    Path file =
        Cli.write(
            tmp,
            "ok.yaml",
            BODY
                + """
                uncertain:
                  tenants[*].user.returnProbability: { triangular: [0.1, 0.2, 0.6] }
                  tenants[shop].user.returnDelay: { lognormal: { p5: 20m, p95: 2h } }
                  faults[0].duration: { uniform: [10m, 40m] }
                  tenants[*].user.retries: { choice: [0, 1, 2] }
                """);
    Cli.Outcome o = Cli.run("validate", file.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
  }
}
