package org.outagesim.report.html;

/** The report's heading: the scenario's name and description, its start, horizon and size. */
final class ScenarioHeader {

  private ScenarioHeader() {}

  static void appendTo(Markup m, ManifestData run, SummaryData summary) {
    WallClock clock = new WallClock(run.start());
    m.raw("<header>\n<p class=\"kicker\">outagesim report</p>\n");
    m.element("h1", run.name());
    if (!run.description().isEmpty()) {
      m.element("p", "description", run.description());
    }
    m.raw("<dl class=\"facts\">\n");
    fact(m, "Start", clock.dateTime(0));
    fact(m, "Horizon", WallClock.duration(run.durationS()) + ", to " + clock.dateTime(run.durationS()));
    fact(m, "Tenants", Integer.toString(summary.tenants().size()));
    fact(m, "Replications", Long.toString(summary.replications()) + " (master seed " + run.seed() + ")");
    m.raw("</dl>\n</header>\n");
  }

  private static void fact(Markup m, String term, String value) {
    m.element("dt", term).element("dd", value).raw("\n");
  }
}
