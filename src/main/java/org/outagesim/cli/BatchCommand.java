package org.outagesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.outagesim.chart.BatchChart;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.experiment.ReplicationEngine;
import org.outagesim.experiment.SimulationFailedException;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.AtomicFolder;
import org.outagesim.report.BatchIndex;
import org.outagesim.report.BatchIndex.Entry;
import org.outagesim.report.BatchIndex.Status;
import org.outagesim.report.OutputTarget;
import org.outagesim.report.ResultWriter;
import org.outagesim.report.RunInfo;
import org.outagesim.report.html.BatchReport;
import org.outagesim.scenario.Problem;
import org.outagesim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code outagesim batch FILE|DIR…}: runs many scenario files as one study whose points are the
 * files. In order: every file is read and validated (a folder stands for its {@code *.yaml} and
 * {@code *.yml} files, sorted by name); the problems of bad files are printed, file by file with
 * their lines, and the good files still run unless {@code --strict}. Each scenario's results go to
 * {@code <batch>/<scenario name>/}, exactly as {@code run --out} writes them (published atomically,
 * on the engine chosen with {@code --engine}); {@code batch.csv}, {@code charts/} and {@code
 * index.html} are rewritten atomically after every scenario. With {@code --resume}, a scenario
 * whose folder is complete for the same file bytes and overrides is kept and said so. Exit code: 3
 * if a simulation failed, otherwise 2 if a file was bad input, otherwise 0.
 */
@Command(
    name = "batch",
    description = "Run many scenario files into one batch folder with an index of their results.")
final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Scenario files, or folders whose *.yaml files to run (sorted by name).")
  List<Path> inputs;

  @Mixin RunOverrides runOverrides;

  @Mixin ThreadsOption threadsOption;
  @Mixin EngineOption engineOption;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = {"Batch folder, missing or empty. Default:", "output/batch/<UTC-time>"})
  Path out;

  @Option(
      names = "--resume",
      description = "With --out: keep the scenarios whose folders are complete, run the rest.")
  boolean resume;

  @Option(names = "--strict", description = "Run nothing when any file is bad input.")
  boolean strict;

  @Option(names = "--no-charts", description = "Do not draw charts (reports are still written).")
  boolean noCharts;

  @Option(names = "--quiet", description = "Print only problems and the summary line.")
  boolean quiet;

  @Mixin OverrideOptions overrides;
  @Mixin VerboseOption verbose;

  /** A file that validated: what to run and where. */
  private record Good(int index, ScenarioInput input, ScenarioSpec scenario) {}

  @Override
  public Integer call() throws Exception {
    int threads = threadsOption.checked(spec.commandLine());
    ReplicationEngine.Factory engine = engineOption.factory(spec.commandLine());
    if (resume && out == null) {
      throw new ParameterException(
          spec.commandLine(), "--resume continues a batch: give its folder with --out");
    }
    Path folder =
        out != null
            ? out
            : OutputTarget.byDefault(RunCommand.DEFAULT_ROOT, "batch", Instant.now()).freeName();
    if (!resume) {
      checkEmpty(folder);
    }
    List<Path> files = expand(inputs);
    Map<String, String> options = runOverrides.byOption();
    List<String> applied = new ArrayList<>(overrides.sets());
    applied.addAll(options.values());

    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    List<Entry> entries = new ArrayList<>();
    List<Good> good = new ArrayList<>();
    Set<String> names = new HashSet<>(Set.of("charts"));
    for (Path f : files) {
      try {
        ScenarioInput input = ScenarioInput.read(f);
        ScenarioSpec scenario = input.load(overrides.sets(), options, threads);
        String name = unique(scenario.name(), names);
        good.add(new Good(entries.size(), input, scenario));
        entries.add(
            new Entry(scenario.name(), f.toString(), input.sha256(), Status.PENDING, name, ""));
      } catch (ScenarioException e) {
        List<Problem> problems = e.problems();
        problems.forEach(p -> err.println(p));
        entries.add(badEntry(f, problems.get(0).toString(), problems.size()));
      } catch (BadInputException e) {
        err.println(e.getMessage());
        entries.add(badEntry(f, e.getMessage(), 1));
      }
    }
    err.flush();
    long bad = entries.stream().filter(e -> e.status() == Status.BAD_INPUT).count();
    if (strict && bad > 0) {
      err.printf("batch: %d of %d files are bad input; --strict: nothing ran%n", bad, files.size());
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    Files.createDirectories(folder);
    writeIndex(folder, entries);
    int failed = 0;
    int ran = 0;
    int kept = 0;
    for (Good g : good) {
      Entry e = entries.get(g.index());
      Path target = folder.resolve(e.folder());
      if (resume && BatchIndex.complete(target, g.input().sha256(), applied)) {
        entries.set(g.index(), e.withStatus(Status.COMPLETE, ""));
        kept++;
        if (!quiet) {
          stdout.printf("%s: complete in %s, kept%n", e.scenario(), target);
          stdout.flush();
        }
        writeIndex(folder, entries);
        continue;
      }
      try {
        ExperimentResult result =
            new Experiment(threads, ProgressListener.NONE, engine).run(g.scenario());
        RunInfo info =
            new RunInfo(
                VersionProvider.version(),
                g.input().file().toString(),
                g.input().sha256(),
                applied,
                main.args(),
                System.getProperty("java.version"),
                null);
        AtomicFolder.publish(
            OutputTarget.chosen(target, true),
            dir -> {
              ResultWriter.writeFiles(result, info, dir);
              Drawings.drawAll(dir, !noCharts);
            });
        entries.set(g.index(), e.withStatus(Status.OK, ""));
        ran++;
        if (!quiet) {
          stdout.printf("%s: %s%n", e.scenario(), target);
          stdout.flush();
        }
      } catch (SimulationFailedException ex) {
        failed++;
        err.printf("%s: simulation failed: %s%n", e.file(), ex.getMessage());
        err.flush();
        entries.set(g.index(), e.withStatus(Status.FAILED, ex.getMessage()));
      }
      writeIndex(folder, entries);
    }
    stdout.printf(
        "batch: %d ran, %d kept (complete), %d bad input, %d failed — %s%n",
        ran, kept, bad, failed, folder.resolve(BatchReport.NAME));
    stdout.flush();
    if (failed > 0) {
      return ExitCode.SIMULATION_FAILED;
    }
    return bad > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
  }

  private static Entry badEntry(Path f, String first, int count) {
    String message = count > 1 ? first + " (and " + (count - 1) + " more)" : first;
    String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
    return new Entry(name, f.toString(), null, Status.BAD_INPUT, null, message);
  }

  /** The scenario's name, or with {@code -2}, {@code -3}… when an earlier file took it. */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }

  /** The index files: batch.csv, the chart and index.html, each replaced atomically. */
  private void writeIndex(Path folder, List<Entry> entries) throws IOException {
    List<BatchChart.Bar> bars = BatchIndex.lostRevenue(BatchIndex.write(folder, entries));
    if (!noCharts) {
      BatchChart.write(
          bars, "all tenants of each scenario, 95% confidence interval", folder.resolve("charts"));
    }
    BatchReport.write(folder);
  }

  private void checkEmpty(Path folder) throws BadInputException {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> s = Files.list(folder)) {
        if (s.findAny().isPresent()) {
          throw new BadInputException(
              "--out "
                  + folder
                  + " already exists and is not empty; add --resume to continue that batch, or"
                  + " choose another folder");
        }
      } catch (IOException e) {
        throw new BadInputException("cannot read " + folder + ": " + e.getMessage(), e);
      }
    } else if (Files.exists(folder)) {
      throw new BadInputException("--out " + folder + " is a file; expected a folder");
    }
  }

  /** Files as given; folders replaced by their *.yaml / *.yml files, sorted by name. */
  private static List<Path> expand(List<Path> inputs) throws BadInputException {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          List<Path> found =
              s.filter(Files::isRegularFile)
                  .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                  .sorted(Comparator.comparing(Path::toString))
                  .toList();
          if (found.isEmpty()) {
            throw new BadInputException(p + ": a folder with no scenario files (*.yaml)");
          }
          out.addAll(found);
        } catch (IOException e) {
          throw new BadInputException("cannot read " + p + ": " + e.getMessage(), e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
