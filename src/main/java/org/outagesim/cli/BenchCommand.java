package org.outagesim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.outagesim.experiment.Benchmark;
import org.outagesim.model.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outagesim bench [FILE]}: simulated requests and events per second on one thread, next to a
 * bare {@link java.util.PriorityQueue} event loop run in the same process (see {@link Benchmark}).
 * The numbers belong in {@code docs/performance.md}, not in tests.
 */
@Command(
    name = "bench",
    description = "Measure simulation speed on one thread against a bare PriorityQueue event loop.")
final class BenchCommand implements Callable<Integer> {

  /** The benchmark scenario, shipped inside the jar (a copy of scenarios/korea-weekday.yaml). */
  static final String DEFAULT_SCENARIO = "korea-weekday (built in)";

  private static final String DEFAULT_RESOURCE = "scenarios/korea-weekday.yaml";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description =
          "The scenario to measure (default: the built-in copy of scenarios/korea-weekday.yaml).")
  Path file;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "1",
      description = "Untimed replications first, for the JIT (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--replications",
      paramLabel = "N",
      defaultValue = "3",
      description = "Timed replications (default: ${DEFAULT-VALUE}).")
  int replications;

  @Option(names = "--json", description = "Print the measurements as JSON.")
  boolean json;

  @Mixin OverrideOptions overrides;
  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    if (warmup < 0) {
      throw new ParameterException(
          spec.commandLine(), "--warmup: must be 0 or more, got " + warmup);
    }
    if (replications < 1) {
      throw new ParameterException(
          spec.commandLine(), "--replications: must be 1 or more, got " + replications);
    }
    ScenarioSpec scenario =
        file == null ? builtIn() : ScenarioInput.read(file).load(overrides.sets());
    String name = file == null ? DEFAULT_SCENARIO : file.toString();
    Benchmark.Result r = Benchmark.run(scenario, warmup, replications);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("scenario", name);
    fields.put("tenants", scenario.tenants().size());
    fields.put("warmup", warmup);
    fields.put("replications", r.replications());
    fields.put("requests", r.requests());
    fields.put("events", r.events());
    fields.put("model_seconds", round(r.modelSeconds(), 3));
    fields.put("requests_per_second", Math.round(r.requestsPerSecond()));
    fields.put("events_per_second", Math.round(r.eventsPerSecond()));
    fields.put("mean_pending_events", r.pendingEvents());
    fields.put("baseline_events", r.baselineEvents());
    fields.put("baseline_seconds", round(r.baselineSeconds(), 3));
    fields.put("baseline_events_per_second", Math.round(r.baselineEventsPerSecond()));
    fields.put("baseline_over_model", round(r.slowdown(), 2));
    fields.put("machine", machine());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(fields));
    } else {
      out.printf(
          Locale.ROOT,
          "%s: %d tenants, %d timed replication(s) after %d warm-up%n",
          name,
          scenario.tenants().size(),
          r.replications(),
          warmup);
      out.printf(
          Locale.ROOT,
          "  model     %,14d requests  %,14d events  %8.2f s  %,12.0f requests/s  %,12.0f events/s%n",
          r.requests(),
          r.events(),
          r.modelSeconds(),
          r.requestsPerSecond(),
          r.eventsPerSecond());
      out.printf(
          Locale.ROOT,
          "  baseline  %,14d events (PriorityQueue, %,d pending)  %8.2f s  %,12.0f events/s%n",
          r.baselineEvents(),
          r.pendingEvents(),
          r.baselineSeconds(),
          r.baselineEventsPerSecond());
      out.printf(Locale.ROOT, "  baseline/model events per second: %.2f%n", r.slowdown());
      out.printf(Locale.ROOT, "  machine: %s%n", machine());
    }
    return ExitCode.OK;
  }

  /** The built-in benchmark scenario, read from the classpath (a file, or an entry of the jar). */
  private ScenarioSpec builtIn() throws Exception {
    java.net.URL url = BenchCommand.class.getResource(DEFAULT_RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the built-in benchmark scenario is missing from the jar");
    }
    java.net.URI uri = url.toURI();
    if (!uri.getScheme().equals("jar")) {
      return ScenarioInput.read(Path.of(uri)).load(overrides.sets());
    }
    try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, Map.of())) {
      return ScenarioInput.read(jar.provider().getPath(uri)).load(overrides.sets());
    }
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  /** Processor, cores, heap and Java runtime, for the record in docs/performance.md. */
  static String machine() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return String.format(
        Locale.ROOT,
        "%s%s %s, %d cores, max heap %d MiB, Java %s (%s)",
        cpuModel(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        os.getAvailableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"));
  }

  /** The processor's model name from /proc/cpuinfo followed by a comma, or nothing elsewhere. */
  private static String cpuModel() {
    try (var lines = java.nio.file.Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim() + ", ")
          .findFirst()
          .orElse("");
    } catch (java.io.IOException | RuntimeException e) {
      return "";
    }
  }
}
