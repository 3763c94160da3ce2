package org.outagesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {

  @TempDir Path tmp;

  private static final Instant NOW = Instant.parse("2026-11-25T09:15:00Z");

  @Test
  void defaultFolderIsScenarioNameThenUtcTimestamp() throws Exception {
    Path dir =
        ResultWriter.write(
            SampleResults.result(),
            SampleResults.info(),
            OutputTarget.byDefault(tmp.resolve("output"), "sample", NOW));
    assertEquals(tmp.resolve("output/sample/20261125T091500Z").toAbsolutePath(), dir);
  }

  @Test
  void aTakenDefaultNameGetsASuffix() throws Exception {
    OutputTarget target = OutputTarget.byDefault(tmp.resolve("output"), "sample", NOW);
    Path first = ResultWriter.write(SampleResults.result(), SampleResults.info(), target);
    Path second = ResultWriter.write(SampleResults.result(), SampleResults.info(), target);
    Path third = ResultWriter.write(SampleResults.result(), SampleResults.info(), target);
    assertEquals("20261125T091500Z", first.getFileName().toString());
    assertEquals("20261125T091500Z-2", second.getFileName().toString());
    assertEquals("20261125T091500Z-3", third.getFileName().toString());
  }

  @Test
  void aChosenNonEmptyFolderIsRefused() throws Exception {
    Files.createDirectories(tmp.resolve("out"));
    Files.writeString(tmp.resolve("out/keep.txt"), "mine");
    OutputFolderException e =
        assertThrows(
            OutputFolderException.class, () -> OutputTarget.chosen(tmp.resolve("out"), false));
    assertTrue(
        e.getMessage()
            .endsWith("already exists and is not empty; choose another folder or add --force"));
    assertEquals("mine", Files.readString(tmp.resolve("out/keep.txt")));
  }

  @Test
  void aChosenEmptyFolderIsUsed() throws Exception {
    Files.createDirectories(tmp.resolve("out"));
    Path dir =
        ResultWriter.write(
            SampleResults.result(),
            SampleResults.info(),
            OutputTarget.chosen(tmp.resolve("out"), false));
    assertTrue(Files.exists(dir.resolve("summary.csv")));
  }

  @Test
  void forceReplacesTheOldFolderOnlyOnceTheNewOneIsComplete() throws Exception {
    Files.createDirectories(tmp.resolve("out"));
    Files.writeString(tmp.resolve("out/old.txt"), "old");
    OutputTarget target = OutputTarget.chosen(tmp.resolve("out"), true);
    assertThrows(
        java.io.IOException.class,
        () ->
            AtomicFolder.publish(
                target,
                dir -> {
                  throw new java.io.IOException("failed half way");
                }));
    assertEquals("old", Files.readString(tmp.resolve("out/old.txt")));

    ResultWriter.write(SampleResults.result(), SampleResults.info(), target);
    assertFalse(Files.exists(tmp.resolve("out/old.txt")));
    assertTrue(Files.exists(tmp.resolve("out/manifest.json")));
    try (var entries = Files.list(tmp)) {
      assertEquals(List.of("out"), entries.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aChosenPathThatIsAFileIsRefused() throws Exception {
    Files.writeString(tmp.resolve("out"), "x");
    OutputFolderException e =
        assertThrows(
            OutputFolderException.class, () -> OutputTarget.chosen(tmp.resolve("out"), true));
    assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
  }
}
