package org.outagesim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.cli.Main;

/**
 * The spark engine on a real Spark context ({@code local[2]}): a sweep and a comparison give the
 * same files, byte for byte, as the local engine; only the manifest (which records the command line
 * and the wall time) and the report that shows it differ.
 */
class SparkEngineTest {

  private static final String SCENARIO =
      """
      name: small
      start: 2018-11-22T08:00:00+09:00
      duration: 30m
      replications: 3
      seed: 7
      currency: KRW
      regions: [ { id: r1 }, { id: r2 } ]
      dns: { resolvers: 20, clientCacheTtl: 0s }
      faults:
        - { type: region-resolver-failure, region: r1, at: 5m, duration: 10m, mode: servfail, errorRate: 1.0 }
      tenants:
        - id: shop
          traffic: { sessionsPerSecond: 2 }
          session: { pages: 3, thinkTime: 5s, conversion: 0.2, orderValue: 50 }
          capacity: { servers: 20 }
          cost: { serverHour: 2, regionMonthly: 100 }
          deployment: { strategy: single-region, primary: r1 }
        - id: bank
          traffic: { sessionsPerSecond: 1 }
          session: { pages: 2, conversion: 0.5, orderValue: 10 }
          deployment: { strategy: active-passive, primary: r1, secondary: r2,
                        healthCheck: { interval: 10s, threshold: 2, deep: true } }
      """;

  private static JavaSparkContext spark;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    spark =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("outagesim-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    SparkMain.quiet(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.close();
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome local(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static int onSpark(String... args) {
    return SparkMain.run(spark, args);
  }

  @Test
  void aSweepGivesTheSameFilesOnSparkAsLocally() throws Exception {
    Path file = tmp.resolve("small.yaml");
    Files.writeString(file, SCENARIO);
    Path a = tmp.resolve("local");
    Path b = tmp.resolve("spark");
    String[] sweep = {
      "sweep",
      file.toString(),
      "--vary",
      "tenants[shop].deployment.ttl=30s,5m",
      "--vary",
      "dns.negativeTtl=1m,10m",
      "--quiet",
      "--no-charts",
      "--out"
    };
    Outcome l = local(concat(sweep, a.toString(), "--engine", "local"));
    assertEquals(0, l.code(), l.toString());
    assertEquals(0, onSpark(concat(sweep, b.toString())));
    assertSameFiles(a, b, List.of("sweep.csv", "sweep-summary.csv", "sweep-differences.csv"));
  }

  @Test
  void aBatchGivesTheSameFilesOnSparkAsLocally() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("scenarios"));
    Files.writeString(dir.resolve("a.yaml"), SCENARIO);
    Files.writeString(
        dir.resolve("b.yaml"),
        SCENARIO.replace("name: small", "name: other").replace("seed: 7", "seed: 8"));
    Path a = tmp.resolve("local");
    Path b = tmp.resolve("spark");
    String[] batch = {"batch", dir.toString(), "--quiet", "--no-charts", "--out"};
    Outcome l = local(concat(batch, a.toString(), "--engine", "local"));
    assertEquals(0, l.code(), l.toString());
    assertEquals(0, onSpark(concat(batch, b.toString())));
    List<String> files =
        List.of("replications.csv", "summary.csv", "summary.json", "timeseries.csv");
    assertSameFiles(a.resolve("small"), b.resolve("small"), files);
    assertSameFiles(a.resolve("other"), b.resolve("other"), files);
  }

  @Test
  void aComparisonGivesTheSameFilesOnSparkAsLocally() throws Exception {
    Path file = tmp.resolve("small.yaml");
    Files.writeString(file, SCENARIO);
    Path a = tmp.resolve("local");
    Path b = tmp.resolve("spark");
    String[] compare = {
      "compare",
      file.toString(),
      "--tenants",
      "*",
      "--designs",
      "single-region,active-active",
      "--secondary",
      "r2",
      "--quiet",
      "--no-charts",
      "--out"
    };
    Outcome l = local(concat(compare, a.toString()));
    assertEquals(0, l.code(), l.toString());
    assertEquals(0, onSpark(concat(compare, b.toString(), "--engine", "spark")));
    assertSameFiles(
        a,
        b,
        List.of(
            "sweep.csv",
            "sweep-summary.csv",
            "sweep-differences.csv",
            "decision.csv",
            "decision.json"));
  }

  @Test
  void aRunGivesTheSameFilesOnSparkAsLocally() throws Exception {
    Path file = tmp.resolve("small.yaml");
    Files.writeString(file, SCENARIO);
    Path a = tmp.resolve("local");
    Path b = tmp.resolve("spark");
    String[] run = {
      "run", file.toString(), "--replications", "4", "--quiet", "--no-charts", "--out"
    };
    Outcome l = local(concat(run, a.toString()));
    assertEquals(0, l.code(), l.toString());
    assertEquals(0, onSpark(concat(run, b.toString())));
    assertSameFiles(
        a, b, List.of("replications.csv", "summary.csv", "summary.json", "timeseries.csv"));
  }

  /**
   * Precision-based rounds and resume on Spark: the rounds stop where the local engine's do, and
   * resuming a finished study reads its rows back and writes the same files.
   */
  @Test
  void precisionRoundsAndResumeWorkOnSpark() throws Exception {
    Path file = tmp.resolve("small.yaml");
    Files.writeString(file, SCENARIO);
    Path a = tmp.resolve("local");
    Path b = tmp.resolve("spark");
    String[] sweep = {
      "sweep",
      file.toString(),
      "--vary",
      "dns.negativeTtl=1m,10m",
      "--precision",
      "0.05",
      "--metric",
      "transactions_lost",
      "--max-replications",
      "9",
      "--quiet",
      "--no-charts",
      "--out"
    };
    Outcome l = local(concat(sweep, a.toString()));
    assertEquals(0, l.code(), l.toString());
    assertEquals(0, onSpark(concat(sweep, b.toString())));
    assertSameFiles(a, b, List.of("sweep.csv", "sweep-summary.csv", "sweep-differences.csv"));
    byte[] before = Files.readAllBytes(b.resolve("sweep-summary.csv"));
    assertEquals(0, onSpark(concat(sweep, b.toString(), "--resume")));
    assertArrayEquals(before, Files.readAllBytes(b.resolve("sweep-summary.csv")));
  }

  @Test
  void sparkIsNotAvailableOutsideSparkSubmit() throws Exception {
    Path file = tmp.resolve("small.yaml");
    Files.writeString(file, SCENARIO);
    Outcome o =
        local(
            "sweep",
            file.toString(),
            "--vary",
            "dns.negativeTtl=1m,10m",
            "--engine",
            "spark",
            "--out",
            tmp.resolve("x").toString());
    assertEquals(2, o.code());
    assertTrue(o.err().contains("--engine spark runs under spark-submit"), o.err());
  }

  /**
   * A task that throws ends with the model's message once Spark has given up (local mode tries
   * once); the study turns that into exit code 3 as for the local engine.
   */
  @Test
  void aFailingTaskFailsItsFutureWithTheModelsMessage() throws Exception {
    Path file = tmp.resolve("small.yaml");
    Files.writeString(file, SCENARIO);
    org.outagesim.model.spec.ScenarioSpec scenario =
        org.outagesim.scenario.ScenarioLoader.load(file, List.of());
    try (org.outagesim.experiment.ReplicationEngine engine =
        new SparkEngines(spark).open(1, org.outagesim.experiment.ProgressListener.NONE, 0)) {
      java.util.concurrent.Future<String> ok = engine.submit(scenario, 0, r -> "fine");
      java.util.concurrent.Future<String> bad =
          engine.submit(
              scenario.withTenants(scenario.tenants()),
              1,
              r -> {
                throw new IllegalStateException("the model broke");
              });
      assertEquals("fine", ok.get());
      java.util.concurrent.ExecutionException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              java.util.concurrent.ExecutionException.class, bad::get);
      assertTrue(e.getCause().getMessage().contains("the model broke"), e.getCause().getMessage());
    }
  }

  private static void assertSameFiles(Path a, Path b, List<String> names) throws Exception {
    for (String name : names) {
      assertArrayEquals(
          Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
    }
    try (Stream<Path> files = Files.list(a)) {
      assertTrue(files.count() >= names.size());
    }
  }

  private static String[] concat(String[] head, String... tail) {
    String[] out = new String[head.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(tail, 0, out, head.length, tail.length);
    return out;
  }
}
