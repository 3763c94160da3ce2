package org.outagesim.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar run as a user runs it, from a folder that is not the repository. */
class PackagedJarIT {

  @TempDir Path elsewhere;

  @Test
  void benchWithoutAFileUsesTheBuiltInScenarioFromAnyFolder() throws Exception {
    Path jar = shadedJar().toAbsolutePath();
    ProcessBuilder pb =
        new ProcessBuilder(
                "java",
                "-jar",
                jar.toString(),
                "bench",
                "--warmup",
                "0",
                "--replications",
                "1",
                "--set",
                "duration=82m",
                "--json")
            .directory(elsewhere.toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "timed out");
    assertEquals(0, p.exitValue(), out + err);
    JsonNode json = new ObjectMapper().readTree(out);
    assertEquals("korea-weekday (built in)", json.get("scenario").asText());
    assertEquals(14, json.get("tenants").asInt());
    assertTrue(json.get("requests").asLong() > 0, out);
  }

  @Test
  void theLauncherPassesOutagesimJavaOptsToTheJvm() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of("outagesim").toAbsolutePath().toString(),
                "bench",
                "--warmup",
                "0",
                "--replications",
                "1",
                "--set",
                "duration=82m",
                "--set",
                "tenants[*].traffic.sessionsPerSecond=1",
                "--json")
            .directory(elsewhere.toFile());
    pb.environment().put("OUTAGESIM_JAVA_OPTS", "-Xmx200m");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "timed out");
    assertEquals(0, p.exitValue(), out + err);
    String machine = new ObjectMapper().readTree(out).get("machine").asText();
    assertTrue(
        machine.matches(".*max heap (19[0-9]|200) MiB.*"),
        "the JVM did not get -Xmx200m: " + machine);
  }

  /** Spark is the cluster's: neither the CLI jar nor the -spark.jar carries it. */
  @Test
  void neitherJarCarriesSpark() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      List<Path> jars =
          files
              .filter(f -> f.toString().endsWith("-all.jar") || f.toString().endsWith("-spark.jar"))
              .toList();
      assertEquals(2, jars.size(), jars.toString());
      for (Path jar : jars) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
          assertTrue(
              zip.stream().noneMatch(e -> e.getName().startsWith("org/apache/spark/")),
              jar + " holds Spark classes");
          assertTrue(
              zip.getEntry("org/outagesim/spark/SparkMain.class") != null,
              jar + " lacks SparkMain");
        }
      }
    }
  }

  static Path shadedJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(f -> f.toString().endsWith("-all.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no shaded jar in target/: run mvn verify"));
    }
  }
}
