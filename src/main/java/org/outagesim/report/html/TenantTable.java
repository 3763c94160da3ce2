package org.outagesim.report.html;

import java.util.List;
import org.outagesim.report.html.SummaryData.Row;
import org.outagesim.report.html.SummaryData.Stat;
import org.outagesim.stats.Metric;

/**
 * The per-tenant table, in scenario order, with an all-tenants footer. Each figure is the mean over
 * replications; counts and money carry their 95% half-width. Timings are means over the
 * replications in which they happened, which the cell says when that is not all of them; a metric
 * that does not apply (e.g. time to failover of a single-region tenant) is an empty cell. Numeric
 * cells carry their exact value in {@code data-sort} for the optional sorting script.
 */
final class TenantTable {

  private static final double SECONDS_PER_MINUTE = 60;

  private record Column(String heading, boolean numeric) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("Tenant", false),
          new Column("Sector", false),
          new Column("Strategy", false),
          new Column("Lost transactions", true),
          new Column("Lost revenue", true),
          new Column("Lost share", true),
          new Column("Failed requests", true),
          new Column("Downtime, min", true),
          new Column("Below SLO, min", true),
          new Column("Detect, min", true),
          new Column("Failover, min", true),
          new Column("Recover, min", true),
          new Column("Orders at risk", true));

  private TenantTable() {}

  static void appendTo(Markup m, SummaryData summary) {
    m.raw("<section id=\"tenants\"><h2>Tenants</h2>\n");
    m.raw("<p class=\"note\">")
        .text(
            "Means over "
                + summary.replications()
                + (summary.replications() == 1 ? " replication" : " replications")
                + "; ± is the half-width "
                + "of the 95% confidence interval. Lost share: lost over intended transactions. "
                + "Failed requests: share of all requests that failed. Downtime: minutes in which fewer than half of "
                + "the requests succeeded. Below SLO: minutes in which the success ratio was below the tenant's SLO. "
                + "Detect, failover, recover: minutes from the first fault that touches the tenant to its detection, "
                + "to the DNS switch, and to the success ratio's return to its level before the fault. "
                + "never: it could have happened but did not before the horizon (e.g. a health check that does not "
                + "see the fault); n/a: it cannot happen to this tenant (no failover mechanism, or no fault touches it).")
        .raw("</p>\n");
    m.raw("<div class=\"table-wrap\"><table class=\"tenants sortable\">\n<thead><tr>");
    for (Column c : COLUMNS) {
      String heading =
          c.heading().equals("Lost revenue") && summary.currency() != null
              ? c.heading() + ", " + summary.currency()
              : c.heading();
      m.raw(c.numeric() ? "<th class=\"num\" data-type=\"number\">" : "<th>")
          .text(heading)
          .raw("</th>");
    }
    m.raw("</tr></thead>\n<tbody>\n");
    for (Row r : summary.tenants()) {
      row(m, r, summary.replications());
    }
    m.raw("</tbody>\n<tfoot>\n");
    total(m, summary.all());
    m.raw("</tfoot>\n</table></div>\n</section>\n");
  }

  private static void row(Markup m, Row r, long replications) {
    m.raw("<tr>");
    m.raw("<th scope=\"row\">").text(r.tenant()).raw("</th>");
    m.element("td", "text", r.sector());
    m.element("td", "text", r.strategy());
    withInterval(m, r.stat(Metric.TRANSACTIONS_LOST.column()));
    withInterval(m, r.stat(Metric.REVENUE_LOST.column()));
    number(m, r.lostShare(), NumberText.percent(r.lostShare()));
    number(
        m,
        r.mean(Metric.FAILED_REQUEST_SHARE.column()),
        NumberText.percent(r.mean(Metric.FAILED_REQUEST_SHARE.column())));
    minutes(m, r.stat(Metric.DOWNTIME_MINUTES.column()), 1, replications);
    minutes(m, r.stat(Metric.DEGRADED_MINUTES.column()), 1, replications);
    minutes(m, r.stat(Metric.TIME_TO_DETECT_S.column()), SECONDS_PER_MINUTE, replications);
    minutes(m, r.stat(Metric.TIME_TO_FAILOVER_S.column()), SECONDS_PER_MINUTE, replications);
    minutes(m, r.stat(Metric.TIME_TO_RECOVER_S.column()), SECONDS_PER_MINUTE, replications);
    number(
        m,
        r.mean(Metric.ORDERS_AT_RISK.column()),
        NumberText.fixed(r.mean(Metric.ORDERS_AT_RISK.column()), 1));
    m.raw("</tr>\n");
  }

  private static void total(Markup m, Row all) {
    m.raw("<tr><th scope=\"row\">all tenants</th><td></td><td></td>");
    withInterval(m, all.stat(Metric.TRANSACTIONS_LOST.column()));
    withInterval(m, all.stat(Metric.REVENUE_LOST.column()));
    number(m, all.lostShare(), NumberText.percent(all.lostShare()));
    number(
        m,
        all.mean(Metric.FAILED_REQUEST_SHARE.column()),
        NumberText.percent(all.mean(Metric.FAILED_REQUEST_SHARE.column())));
    m.raw("<td></td><td></td><td></td><td></td><td></td>");
    number(
        m,
        all.mean(Metric.ORDERS_AT_RISK.column()),
        NumberText.fixed(all.mean(Metric.ORDERS_AT_RISK.column()), 1));
    m.raw("</tr>\n");
  }

  private static void withInterval(Markup m, Stat s) {
    if (Double.isNaN(s.mean())) {
      m.raw("<td class=\"num\"></td>");
      return;
    }
    String text = NumberText.withInterval(s.mean(), s.halfWidth());
    int pm = text.indexOf(" ±");
    sortable(m, s.mean());
    if (pm < 0) {
      m.text(text);
    } else {
      m.text(text.substring(0, pm))
          .raw("<span class=\"ci\">")
          .text(text.substring(pm + 1))
          .raw("</span>");
    }
    m.raw("</td>");
  }

  /**
   * A timing in minutes, one decimal; notes in how many replications it happened when not all.
   * {@code never} when it applied but happened in no replication, {@code n/a} when it does not
   * apply.
   */
  private static void minutes(Markup m, Stat s, double perMinute, long replications) {
    if (s.n() == 0 || Double.isNaN(s.mean())) {
      boolean never = s.never() > 0;
      m.raw(
              "<td class=\"num "
                  + (never ? "never" : "na")
                  + "\" data-sort=\""
                  + (never ? "Infinity" : "-1")
                  + "\">")
          .text(never ? "never" : "n/a")
          .raw("</td>");
      return;
    }
    double minutes = s.mean() / perMinute;
    sortable(m, minutes);
    m.text(NumberText.fixed(minutes, 1));
    if (s.n() < replications) {
      m.raw("<span class=\"n\">").text("in " + s.n() + " of " + replications).raw("</span>");
    }
    m.raw("</td>");
  }

  private static void number(Markup m, double value, String text) {
    if (Double.isNaN(value)) {
      m.raw("<td class=\"num\"></td>");
      return;
    }
    sortable(m, value);
    m.text(text).raw("</td>");
  }

  private static void sortable(Markup m, double value) {
    m.raw("<td class=\"num\" data-sort=\"" + value + "\">");
  }
}
