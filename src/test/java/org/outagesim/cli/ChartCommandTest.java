package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts and report written by {@code run}, and redrawn by {@code chart DIR} from the saved files.
 */
class ChartCommandTest {

  @TempDir Path tmp;

  private Path run(String... extra) throws Exception {
    Path file = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Path out = tmp.resolve("out");
    String[] args =
        Stream.concat(
                Stream.of("run", file.toString(), "--out", out.toString(), "--quiet"),
                Stream.of(extra))
            .toArray(String[]::new);
    Cli.Outcome o = Cli.run(args);
    assertEquals(ExitCode.OK, o.code(), o.toString());
    return out;
  }

  private static List<Path> drawn(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(folder::relativize)
          .filter(p -> p.startsWith("charts") || p.toString().equals("report.html"))
          .sorted()
          .toList();
    }
  }

  @Test
  void runDrawsChartsAndTheReportUnlessToldNotTo() throws Exception {
    Path out = run();
    assertTrue(Files.isRegularFile(out.resolve("report.html")));
    assertTrue(Files.isRegularFile(out.resolve("charts/lost-transactions.png")));
    assertTrue(Files.isRegularFile(out.resolve("charts/success-ratio.svg")));

    Path plain = run("--no-charts", "--force");
    assertFalse(Files.exists(plain.resolve("charts")));
    assertTrue(Files.readString(plain.resolve("report.html")).contains("not drawn"));
  }

  @Test
  void chartRedrawsTheSameFilesFromTheSavedResultsAndKeepsTheUsersFiles() throws Exception {
    Path out = run();
    List<Path> files = drawn(out);
    assertTrue(files.size() >= 11, files.toString());
    Path copy = tmp.resolve("copy");
    Files.createDirectories(copy.resolve("charts"));
    List<Path> saved;
    try (var entries = Files.list(out)) {
      saved = entries.filter(Files::isRegularFile).toList();
    }
    for (Path f : saved) {
      if (!f.getFileName().toString().equals("report.html")) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Files.writeString(copy.resolve("charts/stale.png"), "old");
    Files.writeString(copy.resolve("notes.txt"), "mine");

    Cli.Outcome o = Cli.run("chart", copy.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertEquals(files, drawn(copy));
    for (Path f : files) {
      assertArrayEquals(
          Files.readAllBytes(out.resolve(f)), Files.readAllBytes(copy.resolve(f)), f.toString());
    }
    assertEquals("mine", Files.readString(copy.resolve("notes.txt")));
    assertEquals(
        "redrew "
            + (files.size() - 1)
            + " chart files (PNG and SVG) and report.html of the run folder "
            + copy
            + "\n",
        o.out());
  }

  @Test
  void chartRedrawsASweepFolderByteForByte() throws Exception {
    Path sweep = tmp.resolve("sweep");
    Cli.Outcome s =
        Cli.run(
            "sweep",
            Cli.write(tmp, "small.yaml", Cli.SMALL).toString(),
            "--vary",
            "tenants[shop].deployment.ttl=10s,60s",
            "--replications",
            "2",
            "--out",
            sweep.toString(),
            "--quiet");
    assertEquals(ExitCode.OK, s.code(), s.toString());
    List<Path> files = drawn(sweep);
    Path copy = tmp.resolve("sweep-copy");
    Files.createDirectories(copy);
    List<Path> saved;
    try (var entries = Files.list(sweep)) {
      saved = entries.filter(Files::isRegularFile).toList();
    }
    for (Path f : saved) {
      if (!f.getFileName().toString().equals("report.html")) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Cli.Outcome o = Cli.run("chart", copy.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertEquals(files, drawn(copy));
    for (Path f : files) {
      assertArrayEquals(
          Files.readAllBytes(sweep.resolve(f)), Files.readAllBytes(copy.resolve(f)), f.toString());
    }
    assertTrue(
        o.out().startsWith("redrew ") && o.out().contains("of the sweep folder " + copy), o.out());
  }

  @Test
  void aFolderWithoutResultsIsBadInput() throws Exception {
    Cli.Outcome missing = Cli.run("chart", tmp.resolve("nowhere").toString());
    assertEquals(ExitCode.BAD_INPUT, missing.code(), missing.toString());
    assertTrue(missing.err().contains("no such folder"), missing.toString());

    Cli.Outcome empty = Cli.run("chart", tmp.toString());
    assertEquals(ExitCode.BAD_INPUT, empty.code(), empty.toString());
    assertTrue(
        empty.err().contains("not a run or sweep folder, missing manifest.json"), empty.toString());
    assertFalse(empty.err().contains("at org."), "no stack trace: " + empty);
  }
}
