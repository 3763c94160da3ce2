package org.outagesim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.cli.Main;

/**
 * A real standalone Spark cluster on 127.0.0.1: a Master and a Worker (classes of spark-core, in
 * JVMs of their own), the study submitted with SparkSubmit as {@code spark-submit} would, the app
 * jar {@code target/outagesim-*-spark.jar}. The files are compared byte for byte with the local
 * engine's.
 */
class SparkClusterIT {

  private static final String SCENARIO =
      """
      name: cluster
      start: 2018-11-22T08:00:00+09:00
      duration: 1h
      replications: 4
      seed: 3
      regions: [ { id: r1 }, { id: r2 } ]
      dns: { resolvers: 20, clientCacheTtl: 0s }
      faults:
        - { type: region-resolver-failure, region: r1, at: 10m, duration: 20m, mode: servfail, errorRate: 1.0 }
      tenants:
        - id: shop
          traffic: { sessionsPerSecond: 5 }
          session: { pages: 3, conversion: 0.2, orderValue: 50 }
          deployment: { strategy: active-passive, primary: r1, secondary: r2,
                        healthCheck: { interval: 10s, threshold: 2, deep: true } }
      """;

  @TempDir Path tmp;
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stopCluster() {
    for (Process p : processes) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  @Test
  void aSweepSubmittedToAStandaloneClusterGivesTheLocalFiles() throws Exception {
    Path file = tmp.resolve("cluster.yaml");
    Files.writeString(file, SCENARIO);
    String[] sweep = {
      "sweep",
      file.toString(),
      "--vary",
      "tenants[shop].deployment.ttl=30s,5m",
      "--quiet",
      "--no-charts"
    };
    Path local = runLocally(sweep);
    Path home = sparkHome();
    String master = startMaster(home);
    startWorker(home, master, "worker");
    Path onCluster = tmp.resolve("cluster");
    Process p = submit(home, master, concat(sweep, "--out", onCluster.toString()));
    assertFinished(p);
    assertSameFiles(local, onCluster);
  }

  /**
   * Fault tolerance: the Worker's JVM (and its executor) is killed while the study runs and a new
   * Worker is started; Spark runs the lost tasks again there, and since a task's random numbers
   * depend only on the seed, the point and the replication, the files are the same.
   */
  @Test
  void aStudyOutlivesItsWorkerBeingKilled() throws Exception {
    Path file = tmp.resolve("slow.yaml");
    Files.writeString(
        file,
        SCENARIO
            .replace("duration: 1h", "duration: 3h")
            .replace("sessionsPerSecond: 5", "sessionsPerSecond: 40"));
    // Points of 1 h, 2 h and 4 h: when the first is written the longer ones' tasks are surely
    // still running, however the cluster schedules them (points of equal length can all finish
    // before the kill lands, and then no executor is lost with work on it).
    String[] sweep = {
      "sweep", file.toString(), "--vary", "duration=1h,2h,4h", "--quiet", "--no-charts"
    };
    Path local = runLocally(sweep);
    Path home = sparkHome();
    String master = startMaster(home);
    Process worker = startWorker(home, master, "worker-1");
    Path onCluster = tmp.resolve("cluster");
    Process p = submit(home, master, concat(sweep, "--out", onCluster.toString()));
    // Kill the Worker once the first point is written: the other points' tasks are running.
    Path csv = onCluster.resolve("sweep.csv");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (p.isAlive() && lines(csv) < 2 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(p.isAlive(), "the study must still be running when its worker dies");
    worker.descendants().forEach(ProcessHandle::destroyForcibly);
    worker.destroyForcibly();
    worker.waitFor(30, TimeUnit.SECONDS);
    startWorker(home, master, "worker-2");
    assertFinished(p);
    assertSameFiles(local, onCluster);
    String driver = Files.readString(tmp.resolve("submit.log"));
    assertTrue(
        driver.contains("Lost executor") || driver.contains("ExecutorLost"),
        "the driver saw its executor go: " + driver);
    assertTrue(
        Files.readString(tmp.resolve("worker-2.log")).contains("Asked to launch executor"),
        "the new worker ran the rest");
  }

  private static long lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    try (Stream<String> l = Files.lines(file)) {
      return l.count();
    }
  }

  private Path runLocally(String[] sweep) {
    Path local = tmp.resolve("local");
    int code =
        Main.execute(
            concat(sweep, "--out", local.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, code);
    return local;
  }

  private String startMaster(Path home) throws IOException {
    int port = freePort();
    start(
        home,
        "master",
        "org.apache.spark.deploy.master.Master",
        "--host",
        "127.0.0.1",
        "--port",
        Integer.toString(port),
        "--webui-port",
        Integer.toString(freePort()));
    return "spark://127.0.0.1:" + port;
  }

  private Process startWorker(Path home, String master, String name) throws IOException {
    return start(
        home,
        name,
        "org.apache.spark.deploy.worker.Worker",
        "--host",
        "127.0.0.1",
        "--cores",
        "2",
        "--memory",
        "1g",
        "--webui-port",
        Integer.toString(freePort()),
        master);
  }

  /** {@code spark-submit --class org.outagesim.spark.SparkMain --master URL APP_JAR args}. */
  private Process submit(Path home, String master, String[] args) throws IOException {
    List<String> submit = new ArrayList<>(java());
    submit.addAll(
        List.of(
            "org.apache.spark.deploy.SparkSubmit",
            "--class",
            "org.outagesim.spark.SparkMain",
            "--master",
            master,
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.executor.extraJavaOptions=" + System.getProperty("spark.jvm.options", ""),
            "--conf",
            "spark.executor.memory=512m",
            appJar().toString()));
    submit.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(submit).redirectErrorStream(true);
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.redirectOutput(tmp.resolve("submit.log").toFile());
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  private void assertFinished(Process p) throws Exception {
    String log = "see " + tmp.resolve("submit.log");
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + log);
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("submit.log")));
  }

  private static void assertSameFiles(Path local, Path onCluster) throws IOException {
    for (String name : List.of("sweep.csv", "sweep-summary.csv", "sweep-differences.csv")) {
      assertArrayEquals(
          Files.readAllBytes(local.resolve(name)),
          Files.readAllBytes(onCluster.resolve(name)),
          name);
    }
  }

  /** The JVM of the test, with the module openings Spark needs. */
  private static List<String> java() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String o : System.getProperty("spark.jvm.options", "").split(" ", -1)) {
      if (!o.isBlank()) {
        cmd.add(o);
      }
    }
    cmd.add("-cp");
    cmd.add(String.join(File.pathSeparator, sparkJars()));
    return cmd;
  }

  private Process start(Path home, String name, String mainClass, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>(java());
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.redirectOutput(tmp.resolve(name + ".log").toFile());
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  /**
   * Libraries of outagesim (and of its tests) that a Spark distribution does not hold: left out of
   * the cluster's class path, so that the executors load them from the app jar only.
   */
  private static final List<String> NOT_SPARK =
      List.of(
          "/nl/tudelft/",
          "/org/djutils/",
          "/org/djunits/",
          "/ch/qos/logback/",
          "/org/jfree/",
          "/info/picocli/",
          "/de/siegmar/",
          "/com/tngtech/",
          "/org/junit/",
          "/org/opentest4j/",
          "/org/apiguardian/",
          "/org/jsoup/",
          "/com/networknt/",
          "/com/ethlo/",
          "/jackson-dataformat-");

  /**
   * The jars of a Spark distribution: the test class path without outagesim and its own libraries,
   * plus Spark's log4j binding (left out of the build's class path, see the pom), as a real cluster
   * has it.
   */
  private static List<String> sparkJars() {
    List<String> jars =
        new ArrayList<>(
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator, -1))
                .filter(e -> e.endsWith(".jar"))
                .filter(e -> !e.contains("outagesim"))
                .filter(e -> NOT_SPARK.stream().noneMatch(e::contains))
                .toList());
    // Spark's log4j binding, which the build keeps off its class path: the pom copies it to
    // target/it-libs before the integration tests (without it the driver logs nothing).
    try (Stream<Path> libs = Files.list(Path.of("target", "it-libs"))) {
      libs.filter(f -> f.getFileName().toString().startsWith("log4j-slf4j2-impl"))
          .map(f -> f.toAbsolutePath().toString())
          .forEach(jars::add);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("no target/it-libs: run mvn verify", e);
    }
    return jars;
  }

  /** A SPARK_HOME whose jars/ holds those jars, as a Worker expects for its executors. */
  private Path sparkHome() throws IOException {
    Path home = tmp.resolve("spark-home");
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String jar : sparkJars()) {
      Path source = Path.of(jar);
      Path link = jars.resolve(source.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, source);
      }
    }
    return home;
  }

  private static Path appJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(f -> f.toString().endsWith("-spark.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no -spark.jar in target/: run mvn verify"));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String[] concat(String[] head, String... tail) {
    String[] out = new String[head.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(tail, 0, out, head.length, tail.length);
    return out;
  }
}
