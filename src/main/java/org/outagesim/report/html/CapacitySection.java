package org.outagesim.report.html;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each tenant's peak server utilisation without faults and with all its traffic on its secondary,
 * from {@code summary.json}'s {@code capacity}; a figure above 90% is marked, since such a tenant's
 * queues grow and requests time out without any fault (or after a failover).
 */
final class CapacitySection {
  private static final double WARN_ABOVE = 0.9;

  private CapacitySection() {}

  static void appendTo(Markup m, JsonNode capacity) {
    if (!capacity.isArray() || capacity.isEmpty()) {
      return;
    }
    m.raw("<section id=\"capacity\"><h2>Capacity at the peak</h2>\n<p class=\"note\">")
        .text(
            "Share of the "
                + "tenant's servers busy at its busiest minute in normal operation (peak session rate × pages × mean "
                + "service time / servers), and with all its traffic in the secondary region: at standby capacity and "
                + "at full scale. Above 90% queues grow and requests time out without any fault.")
        .raw("</p>\n");
    m.raw(
        "<div class=\"table-wrap\"><table class=\"capacity\"><thead><tr><th>Tenant</th><th>Region</th>"
            + "<th class=\"num\">Peak</th><th>Secondary</th><th class=\"num\">At standby</th>"
            + "<th class=\"num\">At full scale</th></tr></thead><tbody>\n");
    for (JsonNode t : capacity) {
      m.raw("<tr>")
          .element("td", t.path("tenant").asText())
          .element("td", t.path("primary").asText());
      share(m, t.path("peak_utilisation"));
      m.element("td", t.path("secondary").isTextual() ? t.path("secondary").asText() : "n/a");
      share(m, t.path("at_standby"));
      share(m, t.path("at_full_scale"));
      m.raw("</tr>\n");
    }
    m.raw("</tbody></table></div>\n");
    long over = 0;
    for (JsonNode t : capacity) {
      over += t.path("above90").asBoolean() ? 1 : 0;
    }
    if (over > 0) {
      m.element(
          "p",
          "warning",
          over
              + (over == 1 ? " tenant runs" : " tenants run")
              + " above 90% of its servers at the peak or after a failover (marked in the table).");
    }
    m.raw("</section>\n");
  }

  private static void share(Markup m, JsonNode v) {
    if (!v.isNumber()) {
      m.raw("<td class=\"num\">").text(v.isTextual() ? "no servers" : "").raw("</td>");
      return;
    }
    double share = v.asDouble();
    m.raw(share > WARN_ABOVE ? "<td class=\"num over\">" : "<td class=\"num\">")
        .text(NumberText.percent(share))
        .raw("</td>");
  }
}
