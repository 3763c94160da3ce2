package org.outagesim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outagesim.chart.Charts;

/**
 * {@code report.html} of a sweep folder, from its saved files only: the plan (design, varied
 * parameters, replications, baseline, precision), the all-tenants mean ± 95% interval of each
 * summarised metric at every point, the paired differences against the baseline point (with the
 * unpaired half-width beside them, to show what common random numbers buy), the sweep charts, and
 * the run facts. Self-contained and deterministic, like the run report.
 */
public final class SweepReport {
  private static final CsvMapper CSV = new CsvMapper();
  private static final String ALL = "all";

  private SweepReport() {}

  /** Writes {@code sweepFolder/report.html}, replacing an older one; returns the file. */
  public static Path write(Path sweepFolder) throws IOException {
    return HtmlReport.writeReport(sweepFolder, render(sweepFolder));
  }

  static String render(Path folder) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
    Table summary = Table.read(folder.resolve("sweep-summary.csv"));
    Table differences = Table.read(folder.resolve("sweep-differences.csv"));
    JsonNode plan = manifest.path("plan");
    List<String> parameters = new ArrayList<>();
    plan.path("parameters").forEach(p -> parameters.add(p.asText()));
    List<String> metrics = new ArrayList<>();
    plan.path("metrics").forEach(p -> metrics.add(p.asText()));
    Markup m = new Markup();
    m.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlReport.CSP + "\">\n")
        .element("title", "outagesim sweep: " + manifest.path("scenario_file").asText())
        .raw("\n<style>\n")
        .raw(HtmlReport.CSS)
        .raw("</style>\n</head>\n<body>\n<main>\n");
    m.raw("<header><p class=\"kicker\">OUTAGESIM SWEEP</p>")
        .element(
            "h1",
            plan.path("design").asText() + " sweep of " + manifest.path("scenario_file").asText())
        .raw("<dl class=\"facts\">\n");
    m.definition("Parameters", String.join(", ", parameters));
    m.definition("Points", String.valueOf(plan.path("points").size()));
    m.definition("Baseline", "point " + plan.path("baseline").asText());
    m.definition(
        "Replications", plan.path("replications").asText() + " per point (common random numbers)");
    m.raw("</dl></header>\n");
    Map<String, ChartImages.Chart> charts = new java.util.LinkedHashMap<>();
    ChartImages.read(folder).forEach(c -> charts.put(c.name(), c));
    Path decision = folder.resolve("decision.json");
    if (Files.exists(decision)) {
      decisionSection(m, new ObjectMapper().readTree(decision.toFile()), charts);
    }
    Path sensitivity = folder.resolve("sensitivity.json");
    if (Files.exists(sensitivity)) {
      sensitivitySection(m, new ObjectMapper().readTree(sensitivity.toFile()), charts);
    }
    pointTable(m, summary, parameters, metrics);
    differenceTable(m, differences, parameters);
    ChartSection.appendTo(m, List.copyOf(charts.values()));
    m.raw("<section id=\"run\"><h2>Manifest</h2><pre>")
        .text(manifest.toPrettyString())
        .raw("</pre></section>\n");
    m.raw("</main>\n</body>\n</html>\n");
    return m.toString();
  }

  /**
   * A comparison's decision: per tenant its sentence and a table of the designs (annual cost, loss
   * per incident ± 95% half-width, expected annual loss, total, break-even frequency, probability
   * of being best), the lowest total marked, and its chart of cost against expected loss, which is
   * taken out of {@code charts} so that the charts section does not show it again.
   */
  private static void decisionSection(Markup m, JsonNode d, Map<String, ChartImages.Chart> charts) {
    String currency = d.path("currency").isTextual() ? d.path("currency").asText() : "";
    m.raw("<section id=\"decision\"><h2>Decision</h2>\n<p class=\"note\">")
        .text(
            "At "
                + NumberText.of(d.path("incidents_per_year").asDouble())
                + " incidents a year; money in "
                + (currency.isEmpty() ? "the scenario's currency" : currency)
                + ". Break-even: the incidents a year above which the design pays for its extra"
                + " cost against the current design. Best: share of "
                + d.path("bootstrap_resamples").asText()
                + " bootstrap resamples in which the design has the lowest annual total.")
        .raw("</p>\n");
    for (JsonNode t : d.path("tenants")) {
      m.element("h3", t.path("tenant").asText()).element("p", t.path("sentence").asText());
      m.raw(
          "<table><thead><tr><th>Design</th><th>Annual cost</th><th>Loss per incident</th>"
              + "<th>Expected annual loss</th><th>Annual total</th><th>Break-even / year</th>"
              + "<th>Best</th></tr></thead><tbody>\n");
      for (JsonNode x : t.path("designs")) {
        boolean best = x.path("design").asText().equals(t.path("best").asText());
        JsonNode breakEven = x.path("break_even_incidents_per_year");
        m.raw("<tr>")
            .element("td", x.path("design").asText() + (best ? " (lowest total)" : ""))
            .element("td", NumberText.of(x.path("annual_cost").asDouble()))
            .element(
                "td",
                NumberText.withInterval(
                    x.path("loss_per_incident").asDouble(),
                    x.path("loss_per_incident_ci95_half_width").asDouble()))
            .element("td", NumberText.of(x.path("expected_annual_loss").asDouble()))
            .element("td", NumberText.of(x.path("annual_total").asDouble()))
            .element("td", breakEven.isNumber() ? NumberText.fixed(breakEven.asDouble(), 2) : "—")
            .element("td", NumberText.percent(x.path("probability_best").asDouble()));
        m.raw("</tr>\n");
      }
      m.raw("</tbody></table>\n");
      ChartImages.Chart chart = charts.remove(Charts.decisionChartName(t.path("tenant").asText()));
      if (chart != null) {
        ChartSection.figure(m, chart);
      }
    }
    m.raw("</section>\n");
  }

  /**
   * A sensitivity study: per metric the base value, then either the one-at-a-time swings (largest
   * first) with the tornado chart, or the Morris ranking with its μ*–σ chart; the charts are taken
   * out of {@code charts}.
   */
  private static void sensitivitySection(
      Markup m, JsonNode s, Map<String, ChartImages.Chart> charts) {
    boolean morris = s.path("method").asText().equals("morris");
    m.raw("<section id=\"sensitivity\"><h2>What matters most</h2>\n<p class=\"note\">")
        .text(
            morris
                ? "Morris screening: "
                    + s.path("trajectories").asText()
                    + " trajectories on a grid of "
                    + s.path("levels").asText()
                    + " levels spanning each value's 5th to 95th percentile, step Δ = "
                    + NumberText.fixed(s.path("delta").asDouble(), 3)
                    + ". μ*: mean absolute elementary effect (the ranking); μ: mean effect; σ: its"
                    + " spread (non-linearity or interactions). All tenants together."
                : "One value at a time at its 5th and 95th percentile, the others at base, "
                    + s.path("replications").asText()
                    + " replications each with the same random numbers. Swing = value at the"
                    + " high end − value at the low end, with its paired 95% interval. All tenants"
                    + " together.")
        .raw("</p>\n");
    java.util.Set<String> metrics = new java.util.LinkedHashSet<>();
    s.path(morris ? "morris" : "base").forEach(x -> metrics.add(x.path("metric").asText()));
    for (String metric : metrics) {
      m.element("h3", metric);
      if (morris) {
        m.raw(
            "<table><thead><tr><th>Rank</th><th>Parameter</th><th>μ*</th><th>μ</th><th>σ</th>"
                + "</tr></thead><tbody>\n");
        for (JsonNode r : s.path("morris")) {
          if (r.path("metric").asText().equals(metric)) {
            m.raw("<tr>")
                .element("td", r.path("rank").asText())
                .element("td", r.path("parameter").asText())
                .element("td", NumberText.of(num(r.path("mu_star"))))
                .element("td", NumberText.of(num(r.path("mu"))))
                .element("td", NumberText.of(num(r.path("sigma"))))
                .raw("</tr>\n");
          }
        }
      } else {
        for (JsonNode b : s.path("base")) {
          if (b.path("metric").asText().equals(metric)) {
            m.element(
                "p",
                "Base case: "
                    + NumberText.withInterval(num(b.path("mean")), num(b.path("half_width"))));
          }
        }
        m.raw(
            "<table><thead><tr><th>Parameter</th><th>Low</th><th>Value at low</th><th>High</th>"
                + "<th>Value at high</th><th>Swing (paired 95%)</th></tr></thead><tbody>\n");
        for (JsonNode r : s.path("swings")) {
          if (r.path("metric").asText().equals(metric)) {
            m.raw("<tr>")
                .element("td", r.path("parameter").asText())
                .element("td", r.path("low").asText())
                .element("td", NumberText.of(num(r.path("value_low"))))
                .element("td", r.path("high").asText())
                .element("td", NumberText.of(num(r.path("value_high"))))
                .element(
                    "td",
                    NumberText.signedInterval(
                        num(r.path("swing")), num(r.path("swing_half_width"))))
                .raw("</tr>\n");
          }
        }
      }
      m.raw("</tbody></table>\n");
      ChartImages.Chart chart =
          charts.remove((morris ? Charts.MORRIS_PREFIX : Charts.TORNADO_PREFIX) + metric);
      if (chart != null) {
        ChartSection.figure(m, chart);
      }
    }
    m.raw("</section>\n");
  }

  private static double num(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }

  private static void pointTable(Markup m, Table t, List<String> parameters, List<String> metrics) {
    m.raw(
        "<section id=\"points\"><h2>Points</h2>\n<p class=\"note\">All tenants together: mean over "
            + "replications ± half-width of the 95% confidence interval.</p>\n<table><thead><tr><th>Point</th>");
    parameters.forEach(p -> m.element("th", p));
    metrics.forEach(x -> m.element("th", x));
    m.raw("</tr></thead><tbody>\n");
    for (Map<String, String> row : t.rows()) {
      if (!ALL.equals(row.get("tenant"))) {
        continue;
      }
      m.raw("<tr>").element("td", row.get("point"));
      parameters.forEach(p -> m.element("td", row.get(p)));
      metrics.forEach(
          x -> m.element("td", interval(row.get(x + "_mean"), row.get(x + "_ci95_half_width"))));
      m.raw("</tr>\n");
    }
    m.raw("</tbody></table></section>\n");
  }

  private static void differenceTable(Markup m, Table t, List<String> parameters) {
    List<Double> ratios = new java.util.ArrayList<>();
    for (Map<String, String> row : t.rows()) {
      if (ALL.equals(row.get("tenant"))) {
        ratios.add(ratio(row));
      }
    }
    m.raw(
            "<section id=\"differences\"><h2>Differences against the baseline</h2>\n<p class=\"note\">")
        .text(
            "All "
                + "tenants together. Paired: the mean of the per-replication differences with its 95% half-width, "
                + "using the random numbers the points share; unpaired: the Welch half-width of two independent "
                + "estimates. "
                + PairedNote.of(ratios))
        .raw("</p>\n<table><thead><tr><th>Point</th>");
    parameters.forEach(p -> m.element("th", p));
    m.raw(
        "<th>Metric</th><th>Difference (paired)</th><th>Unpaired ±</th><th>Paired / unpaired</th></tr></thead><tbody>\n");
    for (Map<String, String> row : t.rows()) {
      if (!ALL.equals(row.get("tenant"))) {
        continue;
      }
      m.raw("<tr>").element("td", row.get("point"));
      parameters.forEach(p -> m.element("td", row.get(p)));
      m.element("td", row.get("metric"))
          .element(
              "td",
              signedInterval(row.get("difference_mean"), row.get("difference_ci95_half_width")))
          .element("td", number(row.get("unpaired_ci95_half_width")))
          .element("td", Double.isFinite(ratio(row)) ? NumberText.fixed(ratio(row), 2) : "");
      m.raw("</tr>\n");
    }
    m.raw("</tbody></table></section>\n");
  }

  private static String interval(String mean, String halfWidth) {
    if (mean == null || mean.isEmpty()) {
      return "";
    }
    return halfWidth == null || halfWidth.isEmpty()
        ? number(mean)
        : NumberText.withInterval(Double.parseDouble(mean), Double.parseDouble(halfWidth));
  }

  /** A difference, which may be negative: never clipped at 0. */
  private static String signedInterval(String mean, String halfWidth) {
    if (mean == null || mean.isEmpty()) {
      return "";
    }
    return halfWidth == null || halfWidth.isEmpty()
        ? number(mean)
        : NumberText.signedInterval(Double.parseDouble(mean), Double.parseDouble(halfWidth));
  }

  /**
   * Paired over unpaired half-width of a difference row; {@code NaN} when either is missing or the
   * unpaired is 0.
   */
  private static double ratio(Map<String, String> row) {
    String paired = row.get("difference_ci95_half_width");
    String unpaired = row.get("unpaired_ci95_half_width");
    if (paired == null || paired.isEmpty() || unpaired == null || unpaired.isEmpty()) {
      return Double.NaN;
    }
    double u = Double.parseDouble(unpaired);
    return u == 0 ? Double.NaN : Double.parseDouble(paired) / u;
  }

  private static String number(String cell) {
    return cell == null || cell.isEmpty() ? "" : NumberText.of(Double.parseDouble(cell));
  }

  /** A CSV file with a header, as rows of column → cell text. */
  private record Table(List<Map<String, String>> rows) {
    static Table read(Path file) throws IOException {
      try (MappingIterator<Map<String, String>> it =
          CSV.readerForMapOf(String.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(file.toFile())) {
        return new Table(it.readAll());
      } catch (IOException | RuntimeException e) {
        throw new IOException("cannot write the sweep report: " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
