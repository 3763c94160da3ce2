package org.outagesim.report.html;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.outagesim.chart.BatchChart;
import org.outagesim.report.BatchIndex;

/**
 * {@code index.html} of a batch folder, from its {@code batch.csv} and chart only: how many
 * scenarios ran, were kept, failed or were bad input; one row per scenario with a link to its own
 * {@code report.html} and its headline figures side by side (mean ± 95% half-width over all its
 * tenants); the lost-revenue chart; and what was wrong with the files that did not run.
 * Self-contained, like the run report, and written under a temporary name and renamed.
 */
public final class BatchReport {

  /** File name inside the batch folder. */
  public static final String NAME = "index.html";

  private static final CsvMapper CSV = new CsvMapper();

  private BatchReport() {}

  /** Writes {@code batchFolder/index.html}, replacing an older one; returns the file. */
  public static Path write(Path batchFolder) throws IOException {
    return HtmlReport.writeReport(batchFolder, NAME, render(batchFolder));
  }

  static String render(Path folder) throws IOException {
    List<Map<String, String>> rows = read(folder.resolve(BatchIndex.NAME));
    Markup m = new Markup();
    m.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlReport.CSP + "\">\n")
        .element("title", "outagesim batch: " + folder.getFileName())
        .raw("\n<style>\n")
        .raw(HtmlReport.CSS)
        .raw("</style>\n</head>\n<body>\n<main>\n");
    m.raw("<header><p class=\"kicker\">OUTAGESIM BATCH</p>")
        .element("h1", rows.size() + " scenario files")
        .element("p", counts(rows))
        .raw("</header>\n");
    m.raw("<section id=\"scenarios\"><h2>Scenarios</h2>\n<table>\n<thead><tr>");
    for (String h :
        List.of(
            "scenario",
            "file",
            "status",
            "replications",
            "wall time (s)",
            "lost transactions",
            "lost revenue",
            "degraded minutes")) {
      m.element("th", h);
    }
    m.raw("</tr></thead>\n<tbody>\n");
    for (Map<String, String> r : rows) {
      m.raw("<tr><td>");
      boolean done = r.get("status").equals("ok") || r.get("status").equals("complete");
      if (done) {
        m.raw("<a").attr("href", r.get("folder") + "/" + HtmlReport.NAME).raw(">");
        m.text(r.get("scenario")).raw("</a>");
      } else {
        m.text(r.get("scenario"));
      }
      m.raw("</td>")
          .element("td", r.get("file"))
          .element("td", r.get("status"))
          .element("td", r.get("replications"))
          .element("td", r.get("wall_seconds"));
      for (String metric : BatchIndex.METRICS) {
        m.element("td", done ? figure(r, metric) : "");
      }
      m.raw("</tr>\n");
    }
    m.raw("</tbody>\n</table>\n</section>\n");
    List<ChartImages.Chart> charts = ChartImages.read(folder);
    for (ChartImages.Chart c : charts) {
      if (c.name().equals(BatchChart.NAME)) {
        m.raw("<section id=\"chart\"><h2>Lost revenue</h2>\n");
        ChartSection.figure(
            m,
            new ChartImages.Chart(
                c.name(),
                "Lost revenue per scenario over all its tenants, with 95% confidence intervals",
                c.dataUri(),
                c.width(),
                c.height()));
        m.raw("</section>\n");
      }
    }
    boolean problems = rows.stream().anyMatch(r -> !r.get("message").isEmpty());
    if (problems) {
      m.raw("<section id=\"problems\"><h2>Files that did not run</h2>\n<ul>\n");
      for (Map<String, String> r : rows) {
        if (!r.get("message").isEmpty()) {
          m.raw("<li>").element("code", r.get("file")).text(": " + r.get("message")).raw("</li>\n");
        }
      }
      m.raw("</ul>\n</section>\n");
    }
    m.raw("</main>\n</body>\n</html>\n");
    return m.toString();
  }

  private static String figure(Map<String, String> r, String metric) {
    String mean = r.get(metric);
    String half = r.get(metric + "_ci95_half_width");
    if (mean.isEmpty()) {
      return "";
    }
    double v = Double.parseDouble(mean);
    return half.isEmpty() ? NumberText.of(v) : NumberText.withInterval(v, Double.parseDouble(half));
  }

  private static String counts(List<Map<String, String>> rows) {
    StringBuilder b = new StringBuilder();
    for (BatchIndex.Status s : BatchIndex.Status.values()) {
      long n = rows.stream().filter(r -> r.get("status").equals(s.text())).count();
      if (n > 0) {
        b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(s.text());
      }
    }
    return b.toString();
  }

  private static List<Map<String, String>> read(Path file) throws IOException {
    try (MappingIterator<Map<String, String>> it =
        CSV.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      return it.readAll();
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot write the batch index: " + file + ": " + e.getMessage(), e);
    }
  }
}
