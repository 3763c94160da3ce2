package org.outagesim.sweep.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.outagesim.stats.Metric;

/** Metric names as the user writes them: the column names of {@code replications.csv}. */
final class MetricNames {
  /** The summary metrics when none are named. */
  static final List<Metric> DEFAULT = List.of(Metric.TRANSACTIONS_LOST, Metric.REVENUE_LOST);

  private static final List<String> COLUMNS =
      Arrays.stream(Metric.values()).map(Metric::column).toList();

  private MetricNames() {}

  /** The metric with this column name, or {@code null} after reporting that there is none. */
  static Metric parse(String name, Place place, String path, PlanProblems problems) {
    Metric metric = Metric.byColumn(name.strip());
    if (metric == null) {
      problems.add(
          place,
          path,
          DidYouMean.unknown("metric", name.strip(), COLUMNS)
              + (DidYouMean.hint(name.strip(), COLUMNS).isEmpty()
                  ? ""
                  : " Metrics are " + String.join(", ", COLUMNS)));
    }
    return metric;
  }

  /** Known metrics among {@code names}, without repeats, in the order given. */
  static List<Metric> parseAll(
      List<String> names, Place place, String path, PlanProblems problems) {
    List<Metric> out = new ArrayList<>();
    for (String name : names) {
      Metric metric = parse(name, place, path, problems);
      if (metric != null && !out.contains(metric)) {
        out.add(metric);
      }
    }
    return out;
  }
}
