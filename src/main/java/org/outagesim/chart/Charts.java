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
 * <p>Sweep charts (a metric against one swept parameter with its 95% band; a heatmap over two
 * parameters) belong beside these once sweeps write a result folder: they will be
 * {@code Chart<SweepResults>} classes, read by a sweep reader, listed in a {@code SWEEP_CHARTS}
 * list next to {@link #RUN_CHARTS} and written through the same {@link ChartFiles#write}.
 */
public final class Charts {

  /** Folder, inside a result folder, that holds the charts. */
  public static final String FOLDER = "charts";

  /** Every chart of a run, in the order a report shows them. */
  public static final List<Chart<RunResults>> RUN_CHARTS = List.of(
      new SuccessRatioChart(),
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

  /** Writes every chart of already-read results into {@code chartFolder}; returns the files written. */
  public static List<Path> writeAll(RunResults results, Path chartFolder) throws IOException {
    return ChartFiles.write(RUN_CHARTS, results, chartFolder);
  }
}
