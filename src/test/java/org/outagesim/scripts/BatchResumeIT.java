package org.outagesim.scripts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed with SIGKILL after its first scenario and resumed gives the folders of a batch
 * that ran through: the packaged jar in its own JVM, three shipped scenarios cut to 90 minutes.
 */
class BatchResumeIT {

  private static final List<String> FILES =
      List.of(
          "replications.csv",
          "summary.csv",
          "summary.json",
          "timeseries.csv",
          "charts/success-ratio.png");

  @TempDir Path tmp;

  private Process start(Path scenarios, Path out, String... more) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "java",
                "-jar",
                PackagedJarIT.shadedJar().toAbsolutePath().toString(),
                "batch",
                scenarios.toString(),
                "--duration",
                "90m",
                "--replications",
                "2",
                "--threads",
                "1",
                "--out",
                out.toString()));
    cmd.addAll(List.of(more));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve(out.getFileName() + ".log").toFile())
        .start();
  }

  private String finish(Process p, Path out) throws Exception {
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out");
    String log = Files.readString(tmp.resolve(out.getFileName() + ".log"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), log);
    return log;
  }

  @Test
  void aKilledBatchResumesToTheSameFolders() throws Exception {
    Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
    for (String f : List.of("korea-weekday.yaml", "minimal.yaml", "strategies.yaml")) {
      Files.copy(Path.of("scenarios", f), scenarios.resolve(f));
    }
    Path killed = tmp.resolve("killed");
    Process p = start(scenarios, killed);
    Path first = killed.resolve("korea-weekday/summary.json");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (p.isAlive() && !Files.exists(first) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(p.isAlive(), "the batch must still be running when it is killed");
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    assertTrue(!Files.exists(killed.resolve("strategies")), "killed before the last scenario");
    String csv = Files.readString(killed.resolve("batch.csv"));
    assertTrue(csv.contains(",pending,"), "the index says what had not run: " + csv);

    String resumed = finish(start(scenarios, killed, "--resume"), killed);
    assertTrue(resumed.contains("korea-weekday: complete in"), resumed);

    Path whole = tmp.resolve("whole");
    finish(start(scenarios, whole), whole);
    for (String scenario : List.of("korea-weekday", "minimal", "strategies")) {
      for (String f : FILES) {
        assertArrayEquals(
            Files.readAllBytes(whole.resolve(scenario).resolve(f)),
            Files.readAllBytes(killed.resolve(scenario).resolve(f)),
            scenario + "/" + f);
      }
    }
    assertEquals(
        Files.readString(whole.resolve("batch.csv")).lines().count(),
        Files.readString(killed.resolve("batch.csv")).lines().count());
    assertTrue(!Files.readString(killed.resolve("batch.csv")).contains("pending"));
  }
}
