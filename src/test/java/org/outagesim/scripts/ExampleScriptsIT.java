package org.outagesim.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example scripts in {@code scripts/} run against the packaged jar (this is an integration
 * test: Maven runs it after {@code package}) and print what they promise: a line per run and the
 * paired differences of the sweep.
 */
class ExampleScriptsIT {
  private static final Pattern RUN_LINE =
      Pattern.compile("ttl \\S+\\s+\\d+(\\.\\d+)? ± \\d+(\\.\\d+)?");
  private static final Pattern PAIRED_LINE =
      Pattern.compile("point [12] vs 0: .*paired.*unpaired.*");

  @TempDir Path tmp;
  private static String jar;

  @BeforeAll
  static void findJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar =
          files
              .map(Path::toString)
              .filter(f -> f.endsWith("-all.jar"))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("no shaded jar in target/: run mvn verify"));
    }
  }

  private List<String> run(String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("OUTAGESIM", "java -Djava.awt.headless=true -jar " + jar);
    pb.environment().put("REPLICATIONS", "3");
    pb.environment().put("DURATION", "90m");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out:\n" + out);
    assertEquals(0, p.exitValue(), out);
    return new ArrayList<>(out.lines().toList());
  }

  private static void assertPrinted(List<String> lines) {
    assertEquals(
        3,
        lines.stream().filter(l -> RUN_LINE.matcher(l).matches()).count(),
        String.join("\n", lines));
    assertEquals(
        2,
        lines.stream().filter(l -> PAIRED_LINE.matcher(l).matches()).count(),
        String.join("\n", lines));
  }

  @Test
  void bashExampleRunsTheLoopAndTheSweep() throws Exception {
    List<String> lines = run("bash", "scripts/ttl-study.sh", tmp.resolve("bash").toString());
    assertPrinted(lines);
    assertTrue(Files.isRegularFile(tmp.resolve("bash/sweep/sweep.csv")));
  }

  @Test
  void pythonExampleRunsTheLoopAndTheSweep() throws Exception {
    List<String> lines = run("python3", "scripts/ttl_study.py", tmp.resolve("py").toString());
    assertPrinted(lines);
  }
}
