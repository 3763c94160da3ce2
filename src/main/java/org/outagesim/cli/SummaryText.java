package org.outagesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.Summary;
import org.outagesim.stats.TenantSummary;

/**
 * The short human summary of a run on stdout: per tenant and for all tenants the lost
 * transactions and lost revenue as {@code mean ± 95% half-width}, then the output folder.
 */
final class SummaryText {

  private SummaryText() {}

  static String of(ExperimentResult result, Path folder) {
    ScenarioSpec s = result.scenario();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"tenant", "strategy", "lost transactions", "lost revenue"});
    for (TenantSummary t : result.summary().tenants()) {
      rows.add(row(t));
    }
    rows.add(row(result.summary().all()));
    int[] width = new int[4];
    for (String[] r : rows) {
      for (int c = 0; c < 4; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %d replications, seed %d, horizon %s%n", s.name(),
        result.replications().size(), s.seed(), DurationText.of(s.durationS())));
    for (String[] r : rows) {
      sb.append(String.format(Locale.ROOT, "  %-" + width[0] + "s  %-" + width[1] + "s  %" + width[2] + "s  %"
          + width[3] + "s%n", (Object[]) r));
    }
    sb.append("results: ").append(folder).append(System.lineSeparator());
    return sb.toString();
  }

  private static String[] row(TenantSummary t) {
    String label = Summary.ALL.equals(t.tenant()) ? "all tenants" : t.tenant();
    return new String[] {label, t.strategy(), interval(t.get(Metric.TRANSACTIONS_LOST), 1),
        interval(t.get(Metric.REVENUE_LOST), 0)};
  }

  private static String interval(MetricSummary m, int decimals) {
    if (m.n() == 0) {
      return "-";
    }
    String f = "%." + decimals + "f";
    String mean = String.format(Locale.ROOT, f, m.mean());
    return Double.isNaN(m.halfWidth95()) ? mean : mean + " ± " + String.format(Locale.ROOT, f, m.halfWidth95());
  }
}
