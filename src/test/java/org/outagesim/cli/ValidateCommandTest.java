package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path tmp;

  @Test
  void validScenarioIsDescribedInOneLineThenEstimated() throws Exception {
    Path f = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Cli.Outcome o = Cli.run("validate", f.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertTrue(
        o.out().startsWith(f + ": ok — 2 tenants, 1 fault, 2 regions, horizon 30m\nestimate: "),
        o.out());
    assertEquals("", o.err());
  }

  @Test
  void overridesApplyBeforeValidation() throws Exception {
    Path f = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Cli.Outcome o = Cli.run("validate", f.toString(), "--set", "duration=2h");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertTrue(o.out().lines().findFirst().orElseThrow().endsWith("horizon 2h"), o.toString());
  }

  @Test
  void invalidScenarioListsEveryProblemOnStderr() throws Exception {
    Path f = Cli.write(tmp, "broken.yaml", Cli.INVALID);
    Cli.Outcome o = Cli.run("validate", f.toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals("", o.out());
    List<String> lines = o.err().lines().toList();
    assertTrue(lines.size() >= 1, o.toString());
    for (String line : lines) {
      assertTrue(line.startsWith(f + ":"), line);
    }
    assertFalse(o.err().contains("\tat "), o.toString());
  }

  @Test
  void missingFileIsBadInput() {
    Cli.Outcome o = Cli.run("validate", tmp.resolve("gone.yaml").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals(tmp.resolve("gone.yaml") + ": no such file\n", o.err());
  }

  @Test
  void sweepFileIsRecognisedAndTheSweepCommandNamed() {
    String f = "scenarios/sweeps/deep-check-ttl.yaml";
    Cli.Outcome o = Cli.run("validate", f);
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals(f + ": this is a sweep file: run `outagesim sweep " + f + "`\n", o.err());
  }
}
