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
    m.definition("Start", clock.dateTime(0));
    m.definition(
        "Horizon", WallClock.duration(run.durationS()) + ", to " + clock.dateTime(run.durationS()));
    m.definition("Tenants", Integer.toString(summary.tenants().size()));
    m.definition(
        "Replications",
        Long.toString(summary.replications()) + " (master seed " + run.seed() + ")");
    m.raw("</dl>\n");
    if (summary.replications() < FewReplications.MINIMUM) {
      m.element("p", "warning", FewReplications.warning(summary.replications()));
    }
    m.raw("</header>\n");
  }
}
