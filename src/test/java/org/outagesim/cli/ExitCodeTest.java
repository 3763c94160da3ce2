package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input exits with 2 and a clear message, never a stack trace. */
class ExitCodeTest {

  @TempDir Path tmp;

  private static void assertNoStackTrace(Cli.Outcome o) {
    assertFalse(o.err().contains("\tat "), o.toString());
    assertFalse(o.err().contains("Exception"), o.toString());
  }

  @Test
  void missingScenarioFileIsBadInput() {
    String missing = tmp.resolve("nope.yaml").toString();
    Cli.Outcome o = Cli.run("run", missing, "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals(missing + ": no such file\n", o.err());
    assertEquals("", o.out());
  }

  @Test
  void aFolderInsteadOfAScenarioFileIsBadInput() {
    Cli.Outcome o = Cli.run("run", tmp.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().startsWith(tmp + ": is a folder"), o.toString());
    assertNoStackTrace(o);
  }

  @Test
  void invalidScenarioPrintsProblemsWithoutStackTrace() throws Exception {
    Path f = Cli.write(tmp, "broken.yaml", Cli.INVALID);
    Cli.Outcome o = Cli.run("run", f.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertFalse(o.err().isBlank(), o.toString());
    for (String line : o.err().lines().toList()) {
      assertTrue(line.startsWith(f + ":"), "every problem names the file: " + line);
    }
    assertNoStackTrace(o);
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void verboseAddsTheStackTraceForBadInput() throws Exception {
    Path f = Cli.write(tmp, "broken.yaml", Cli.INVALID);
    Cli.Outcome o =
        Cli.run("run", f.toString(), "--verbose", "--out", tmp.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("\tat "), o.toString());
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHelpHint() {
    Cli.Outcome o = Cli.run("run", "x.yaml", "--replicashuns", "3");
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().startsWith("Unknown options: '--replicashuns'"), o.toString());
    assertTrue(o.err().contains("Possible solutions: --replications"), o.toString());
    assertTrue(o.err().contains("Try 'outagesim run --help' for more information."), o.toString());
    assertNoStackTrace(o);
  }

  @Test
  void unknownCommandIsAUsageError() {
    Cli.Outcome o = Cli.run("simulate", "x.yaml");
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("Try 'outagesim --help'"), o.toString());
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Outcome o = Cli.run();
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("Missing command"), o.toString());
  }

  @Test
  void zeroThreadsIsAUsageError() throws Exception {
    Path f = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Cli.Outcome o = Cli.run("run", f.toString(), "--threads", "0");
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("--threads must be at least 1"), o.toString());
  }

  @Test
  void existingNonEmptyOutFolderIsRefusedAndLeftUntouched() throws Exception {
    Path f = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "keep me");
    Cli.Outcome o = Cli.run("run", f.toString(), "--out", out.toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals(
        "--out "
            + out.toAbsolutePath()
            + " already exists and is not empty; "
            + "choose another folder or add --force\n",
        o.err());
    assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
    try (var entries = Files.list(out)) {
      assertEquals(1, entries.count());
    }
    try (var entries = Files.list(tmp)) {
      assertEquals(2, entries.count(), "no temporary folder beside it");
    }
  }

  @Test
  void outFolderUnderAFileIsRefusedBeforeSimulating() throws Exception {
    Path f = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Path file = Cli.write(tmp, "plain.txt", "x");
    Cli.Outcome o = Cli.run("run", f.toString(), "--out", file.resolve("out").toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(
        o.err().contains("cannot be created: " + file.toAbsolutePath() + " is not a folder"),
        o.toString());
    assertNoStackTrace(o);
  }

  @Test
  void helpAndVersionExitZero() {
    Cli.Outcome help = Cli.run("--help");
    assertEquals(ExitCode.OK, help.code());
    assertTrue(help.out().contains("run"), help.toString());
    assertTrue(help.out().contains("validate"), help.toString());
    Cli.Outcome version = Cli.run("--version");
    assertEquals(ExitCode.OK, version.code());
    assertTrue(version.out().startsWith("outagesim 0.1.0\n"), version.toString());
    assertEquals(version.out(), Cli.run("run", "--version").out());
    Cli.Outcome runHelp = Cli.run("run", "--help");
    assertEquals(ExitCode.OK, runHelp.code());
    assertTrue(runHelp.out().startsWith("Usage: outagesim run "), runHelp.toString());
  }
}
