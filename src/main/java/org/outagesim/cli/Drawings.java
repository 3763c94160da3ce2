package org.outagesim.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.outagesim.chart.Charts;
import org.outagesim.report.html.HtmlReport;

/**
 * What is drawn from a result folder's saved files: the charts, then the report that shows them.
 */
final class Drawings {
  static final String CHARTS = "charts";
  static final String REPORT = "report.html";

  private Drawings() {}

  /** Draws into {@code folder}: the charts when {@code charts} is set, and always the report. */
  static void drawAll(Path folder, boolean charts) throws IOException {
    if (charts) {
      Charts.writeAll(folder);
    }
    HtmlReport.write(folder);
  }
}
