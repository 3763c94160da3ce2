package org.outagesim.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The charts of a result folder and the one call that writes them.
 *
 * <p>To add a chart of a run: write a small {@link Chart Chart&lt;RunResults&gt;} and add it to
 * {@link #RUN_CHARTS}. Colours come from {@link Palette}, fonts and axes from {@code ChartStyle}.
 *
 * <p>A sweep folder gets, for each summarised metric, the metric against the first parameter with
 * its 95% band ({@code sweep-<metric>}) and, when exactly two parameters were varied, a heatmap
 * over both ({@code sweep-<metric>-heatmap}); see {@link #sweepCharts}. A comparison folder (one
 * with {@code decision.json}) also gets one chart per tenant of its designs' annual cost against
 * their expected annual loss ({@code decision-<tenant>}); see {@link #decisionCharts}. A
 * sensitivity folder (one with {@code sensitivity.json}) gets its tornado or Morris charts instead
 * of the sweep's; see {@link #sensitivityCharts}.
 */
public final class Charts {

  /** Folder, inside a result folder, that holds the charts. */
  public static final String FOLDER = "charts";

  /** File names of a sweep's charts start with this. */
  public static final String SWEEP_PREFIX = "sweep-";

  /** File names of a comparison's decision charts ({@code decision-<tenant>}) start with this. */
  public static final String DECISION_PREFIX = "decision-";

  /** File names of one-at-a-time sensitivity charts ({@code tornado-<metric>}). */
  public static final String TORNADO_PREFIX = "tornado-";

  /** File names of Morris screening charts ({@code morris-<metric>}). */
  public static final String MORRIS_PREFIX = "morris-";

  /** Every chart of a run, in the order a report shows them. */
  public static final List<Chart<RunResults>> RUN_CHARTS =
      List.of(
          new SuccessRatioChart(),
          new ResolverChart(),
          new LostTransactionsChart(),
          LostRevenueChart.byStrategy(),
          LostRevenueChart.bySector(),
          new FailuresByCauseChart());

  private Charts() {}

  /**
   * Reads the result folder's files and writes {@code NAME.png} and {@code NAME.svg} of every chart
   * into its {@value #FOLDER} subfolder, replacing older ones; returns the files written, PNG then
   * SVG of each chart in {@link #RUN_CHARTS} order.
   */
  public static List<Path> writeAll(Path resultFolder) throws IOException {
    return writeAll(RunResultsReader.read(resultFolder), resultFolder.resolve(FOLDER));
  }

  /** The charts of a sweep with these results. */
  public static List<Chart<SweepResults>> sweepCharts(SweepResults r) {
    List<Chart<SweepResults>> charts = new java.util.ArrayList<>();
    if (r.parameters().isEmpty() || r.points().isEmpty()) {
      return charts;
    }
    for (String metric : r.metrics()) {
      charts.add(new SweepMetricChart(metric));
      if (r.parameters().size() == 2) {
        charts.add(new SweepHeatmapChart(metric));
      }
    }
    return charts;
  }

  /**
   * Reads a sweep folder's {@code sweep-summary.csv} and writes its charts into the folder's
   * {@value #FOLDER} subfolder; returns the files written.
   */
  public static List<Path> writeSweep(Path sweepFolder) throws IOException {
    if (java.nio.file.Files.exists(sweepFolder.resolve(SensitivityResultsReader.SENSITIVITY))) {
      SensitivityResults s = SensitivityResultsReader.read(sweepFolder);
      return ChartFiles.write(sensitivityCharts(s), s, sweepFolder.resolve(FOLDER));
    }
    SweepResults r = SweepResultsReader.read(sweepFolder);
    List<Path> written =
        new java.util.ArrayList<>(ChartFiles.write(sweepCharts(r), r, sweepFolder.resolve(FOLDER)));
    if (java.nio.file.Files.exists(sweepFolder.resolve(DecisionResultsReader.DECISION))) {
      DecisionResults d = DecisionResultsReader.read(sweepFolder);
      written.addAll(ChartFiles.write(decisionCharts(d), d, sweepFolder.resolve(FOLDER)));
    }
    return written;
  }

  /** The charts of a comparison's decision: one per tenant ({@code decision-<tenant>}). */
  public static List<Chart<DecisionResults>> decisionCharts(DecisionResults d) {
    return d.tenants().stream()
        .map(t -> (Chart<DecisionResults>) new DecisionChart(t.tenant()))
        .toList();
  }

  /**
   * The charts of a sensitivity study: a tornado per metric ({@code tornado-<metric>}) or, for
   * Morris, a μ*–σ chart per metric ({@code morris-<metric>}).
   */
  public static List<Chart<SensitivityResults>> sensitivityCharts(SensitivityResults s) {
    List<Chart<SensitivityResults>> out = new java.util.ArrayList<>();
    for (String metric : s.metrics()) {
      out.add(s.morris().isEmpty() ? new TornadoChart(metric) : new MorrisChart(metric));
    }
    return out;
  }

  /** The file name (without extension) of a tenant's decision chart. */
  public static String decisionChartName(String tenant) {
    return DECISION_PREFIX + tenant;
  }

  /**
   * Writes every chart of already-read results into {@code chartFolder}; returns the files written.
   */
  public static List<Path> writeAll(RunResults results, Path chartFolder) throws IOException {
    return ChartFiles.write(RUN_CHARTS, results, chartFolder);
  }
}
