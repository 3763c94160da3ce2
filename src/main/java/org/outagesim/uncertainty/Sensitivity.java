package org.outagesim.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.CsvTable;
import org.outagesim.report.Decimal;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.stats.Summary;
import org.outagesim.sweep.AssumptionPlan;
import org.outagesim.sweep.run.PairedStatistics;
import org.outagesim.sweep.run.SweepRows;

/**
 * What matters most, from a finished one-at-a-time or Morris study (all tenants together).
 *
 * @param method {@code one-at-a-time} or {@code morris}
 * @param currency ISO 4217 code of revenue, or {@code null}
 * @param replications replications per point
 * @param base per metric, the base case's mean and half-width (one-at-a-time only)
 * @param swings one-at-a-time rows, per metric sorted by |swing|, largest first
 * @param morris Morris rows, per metric by rank
 * @param trajectories Morris trajectories; 0 for one-at-a-time
 * @param levels Morris grid levels; 0 for one-at-a-time
 * @param delta Morris step; 0 for one-at-a-time
 */
public record Sensitivity(
    String method,
    String currency,
    int replications,
    List<BaseValue> base,
    List<SensitivityRow> swings,
    List<MorrisRow> morris,
    int trajectories,
    int levels,
    double delta) {

  /** The columns of {@code sensitivity.csv}, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "parameter",
          "metric",
          "low",
          "high",
          "value_low",
          "value_high",
          "swing",
          "swing_half_width");

  /** The columns of {@code morris.csv}, in order. */
  public static final List<String> MORRIS_COLUMNS =
      List.of("parameter", "metric", "mu_star", "mu", "sigma", "rank", "effects");

  /** The base case of a metric. */
  public record BaseValue(String metric, double mean, double halfWidth) {}

  public Sensitivity {
    base = List.copyOf(base);
    swings = List.copyOf(swings);
    morris = List.copyOf(morris);
  }

  /** Analyses a finished study. */
  public static Sensitivity of(AssumptionPlan plan, List<ScenarioSpec> scenarios, SweepRows rows) {
    String currency = scenarios.get(0).currency();
    if (plan.kind() == AssumptionPlan.Kind.MORRIS) {
      return new Sensitivity(
          plan.kind().toString(),
          currency,
          rows.replications(),
          List.of(),
          List.of(),
          morris(plan, rows),
          plan.moved().size(),
          plan.levels(),
          plan.delta());
    }
    List<BaseValue> base = new ArrayList<>();
    List<SensitivityRow> swings = new ArrayList<>();
    for (Metric m : plan.sweep().metrics()) {
      double[] baseValues = rows.values(0, Summary.ALL, m);
      MetricSummary b = PairedStatistics.summary(baseValues);
      base.add(new BaseValue(m.column(), b.mean(), b.halfWidth95()));
      List<SensitivityRow> forMetric = new ArrayList<>();
      for (int i = 0; i < plan.uncertain().size(); i++) {
        int lowPoint = 2 * i + 1;
        int highPoint = 2 * i + 2;
        double[] low = rows.values(lowPoint, Summary.ALL, m);
        double[] high = rows.values(highPoint, Summary.ALL, m);
        MetricSummary l = PairedStatistics.summary(low);
        MetricSummary h = PairedStatistics.summary(high);
        MetricSummary swing = PairedStatistics.pairedDifference(high, low);
        forMetric.add(
            new SensitivityRow(
                plan.uncertain().get(i).path(),
                m.column(),
                plan.sweep().points().get(lowPoint).values().get("value"),
                plan.sweep().points().get(highPoint).values().get("value"),
                l.mean(),
                h.mean(),
                swing.mean(),
                swing.halfWidth95(),
                PairedStatistics.unpairedHalfWidth(high, low),
                l.halfWidth95(),
                h.halfWidth95(),
                PairedStatistics.pairedDifference(low, baseValues).halfWidth95(),
                PairedStatistics.pairedDifference(high, baseValues).halfWidth95()));
      }
      forMetric.sort(
          Comparator.comparingDouble((SensitivityRow r) -> -Math.abs(r.swing()))
              .thenComparing(SensitivityRow::parameter));
      swings.addAll(forMetric);
    }
    return new Sensitivity(
        plan.kind().toString(), currency, rows.replications(), base, swings, List.of(), 0, 0, 0);
  }

  private static List<MorrisRow> morris(AssumptionPlan plan, SweepRows rows) {
    int k = plan.uncertain().size();
    List<MorrisRow> out = new ArrayList<>();
    for (Metric m : plan.sweep().metrics()) {
      List<SummaryStatistics> effects = new ArrayList<>();
      List<SummaryStatistics> absolute = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        effects.add(new SummaryStatistics());
        absolute.add(new SummaryStatistics());
      }
      for (int t = 0; t < plan.moved().size(); t++) {
        for (int s = 1; s <= k; s++) {
          int point = t * (k + 1) + s;
          double after = PairedStatistics.summary(rows.values(point, Summary.ALL, m)).mean();
          double before = PairedStatistics.summary(rows.values(point - 1, Summary.ALL, m)).mean();
          double effect = (after - before) / plan.delta();
          int moved = plan.moved().get(t).get(s - 1);
          if (Double.isFinite(effect)) {
            effects.get(moved).addValue(effect);
            absolute.get(moved).addValue(Math.abs(effect));
          }
        }
      }
      List<MorrisRow> forMetric = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        SummaryStatistics e = effects.get(i);
        forMetric.add(
            new MorrisRow(
                plan.uncertain().get(i).path(),
                m.column(),
                e.getN() == 0 ? Double.NaN : absolute.get(i).getMean(),
                e.getN() == 0 ? Double.NaN : e.getMean(),
                e.getN() < 2 ? Double.NaN : e.getStandardDeviation(),
                0,
                (int) e.getN()));
      }
      List<MorrisRow> ranked =
          forMetric.stream()
              .sorted(
                  Comparator.comparingDouble(
                          (MorrisRow r) -> Double.isNaN(r.muStar()) ? 1 : -r.muStar())
                      .thenComparing(MorrisRow::parameter))
              .toList();
      for (int r = 0; r < ranked.size(); r++) {
        MorrisRow x = ranked.get(r);
        out.add(
            new MorrisRow(
                x.parameter(), x.metric(), x.muStar(), x.mu(), x.sigma(), r + 1, x.effects()));
      }
    }
    return out;
  }

  /** {@code sensitivity.csv}: the one-at-a-time rows. */
  public String csv() {
    List<List<Object>> table = new ArrayList<>();
    table.add(List.copyOf(COLUMNS));
    for (SensitivityRow r : swings) {
      table.add(
          List.of(
              r.parameter(),
              r.metric(),
              r.low(),
              r.high(),
              Decimal.cell(r.valueLow()),
              Decimal.cell(r.valueHigh()),
              Decimal.cell(r.swing()),
              Decimal.cell(r.swingHalfWidth())));
    }
    return CsvTable.lines(table);
  }

  /** {@code morris.csv}: the Morris rows. */
  public String morrisCsv() {
    List<List<Object>> table = new ArrayList<>();
    table.add(List.copyOf(MORRIS_COLUMNS));
    for (MorrisRow r : morris) {
      table.add(
          List.of(
              r.parameter(),
              r.metric(),
              Decimal.cell(r.muStar()),
              Decimal.cell(r.mu()),
              Decimal.cell(r.sigma()),
              r.rank(),
              r.effects()));
    }
    return CsvTable.lines(table);
  }
}
