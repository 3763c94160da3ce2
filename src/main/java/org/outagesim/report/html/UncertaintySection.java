package org.outagesim.report.html;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "How sure is the answer": a run's uncertainty study (from {@code summary.json}'s {@code
 * uncertainty} entry, present after {@code run --uncertainty N}): the one-line summaries and, for
 * all tenants together, the base case with its simulation interval beside the range the assumptions
 * give and the two standard deviations.
 */
final class UncertaintySection {

  private UncertaintySection() {}

  static void appendTo(Markup m, JsonNode u) {
    if (u == null || u.isMissingNode() || u.isNull()) {
      return;
    }
    m.raw("<section id=\"uncertainty\"><h2>How sure is the answer</h2>\n<p class=\"note\">")
        .text(
            u.path("samples").asText()
                + " Latin-hypercube samples of the uncertain values ("
                + String.join(", ", texts(u.path("parameters")))
                + "), "
                + u.path("replications").asText()
                + " replications each with the same random numbers. The simulation interval is"
                + " the base case's 95% interval; the range is the 5th to 95th percentile of the"
                + " samples' means. Standard deviations: between samples with the noise taken out"
                + " (assumptions), and of one replication within a sample (simulation).")
        .raw("</p>\n<ul class=\"headlines\">\n");
    u.path("headlines").forEach(h -> m.element("li", h.asText()));
    m.raw("</ul>\n<table><thead><tr><th>Metric (all tenants)</th><th>Base case</th>")
        .raw("<th>Mean over samples</th><th>5th – 95th percentile</th>")
        .raw(
            "<th>SD from the assumptions</th><th>SD of simulation noise</th></tr></thead><tbody>\n");
    for (JsonNode r : u.path("all")) {
      m.raw("<tr>")
          .element("td", r.path("metric").asText())
          .element(
              "td",
              NumberText.withInterval(
                  number(r.path("base_mean")), number(r.path("base_half_width"))))
          .element("td", NumberText.of(number(r.path("mean"))))
          .element(
              "td",
              NumberText.of(number(r.path("p5"))) + " – " + NumberText.of(number(r.path("p95"))))
          .element("td", NumberText.of(number(r.path("assumption_sd"))))
          .element("td", NumberText.of(number(r.path("noise_sd"))));
      m.raw("</tr>\n");
    }
    m.raw("</tbody></table></section>\n");
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }

  private static java.util.List<String> texts(JsonNode list) {
    java.util.List<String> out = new java.util.ArrayList<>();
    list.forEach(x -> out.add(x.asText()));
    return out;
  }
}
