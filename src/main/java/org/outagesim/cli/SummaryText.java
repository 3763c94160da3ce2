package org.outagesim.cli;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.DurationFormat;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.Summary;
import org.outagesim.stats.TenantSummary;

/**
 * The short human summary of a run on stdout: per tenant and for all tenants the lost transactions
 * and lost revenue as {@code mean ± 95% half-width} (clipped at 0 as {@code mean (0 – upper)} where
 * the interval would reach below zero), the share of failed requests, the minutes below the SLO and
 * the time to failover ({@code never} when the tenant could fail over but did not, {@code n/a} when
 * it cannot), then the output folder and its report. Numbers are grouped in thousands whatever the
 * machine's locale; revenue carries the scenario's currency.
 */
final class SummaryText {

  private static final String[] HEADINGS = {
    "tenant",
    "strategy",
    "lost transactions",
    "lost revenue",
    "failed requests",
    "below SLO, min",
    "failover, min"
  };
  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

  private SummaryText() {}

  static String of(ExperimentResult result, Path folder) {
    ScenarioSpec s = result.scenario();
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADINGS.clone());
    if (s.currency() != null) {
      rows.get(0)[3] = "lost revenue, " + s.currency();
    }
    for (TenantSummary t : result.summary().tenants()) {
      rows.add(row(t));
    }
    rows.add(row(result.summary().all()));
    int columns = HEADINGS.length;
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    int n = result.replications().size();
    sb.append(
        String.format(
            Locale.ROOT,
            "%s: %d %s, seed %d, horizon %s%n",
            s.name(),
            n,
            n == 1 ? "replication" : "replications",
            s.seed(),
            DurationFormat.format(s.durationS())));
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell =
            c < 2
                ? String.format(Locale.ROOT, "%-" + width[c] + "s", r[c])
                : String.format(Locale.ROOT, "%" + width[c] + "s", r[c]);
        line.append(' ').append(' ').append(cell);
      }
      sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    sb.append("results: ").append(folder).append(System.lineSeparator());
    sb.append("report:  ").append(folder.resolve("report.html")).append(System.lineSeparator());
    return sb.toString();
  }

  private static String[] row(TenantSummary t) {
    boolean all = Summary.ALL.equals(t.tenant());
    String label = all ? "all tenants" : t.tenant();
    MetricSummary failed = t.get(Metric.FAILED_REQUEST_SHARE);
    String failedShare =
        failed.n() == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * failed.mean());
    return new String[] {
      label,
      t.strategy(),
      interval(t.get(Metric.TRANSACTIONS_LOST), 1),
      interval(t.get(Metric.REVENUE_LOST), 0),
      failedShare,
      mean(t.get(Metric.DEGRADED_MINUTES)),
      all ? "" : eventMinutes(t.get(Metric.TIME_TO_FAILOVER_S))
    };
  }

  /** A timing in minutes; {@code never} or {@code n/a} when it has no value. */
  static String eventMinutes(MetricSummary m) {
    if (m.n() == 0) {
      return m.never() > 0 ? "never" : "n/a";
    }
    String minutes = format(m.mean() / 60.0, 1);
    return m.never() > 0 ? minutes + " (never in " + m.never() + ")" : minutes;
  }

  private static String mean(MetricSummary m) {
    return m.n() == 0 ? "-" : format(m.mean(), 1);
  }

  /**
   * {@code mean ± half-width}, or {@code mean (0 – upper)} when the interval reaches below zero.
   */
  static String interval(MetricSummary m, int decimals) {
    if (m.n() == 0) {
      return "-";
    }
    String mean = format(m.mean(), decimals);
    double h = m.halfWidth95();
    if (Double.isNaN(h)) {
      return mean;
    }
    if (m.mean() - h < 0) {
      return mean + " (0 – " + format(m.mean() + h, decimals) + ")";
    }
    return mean + " ± " + format(h, decimals);
  }

  private static String format(double value, int decimals) {
    DecimalFormat f =
        new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }
}
