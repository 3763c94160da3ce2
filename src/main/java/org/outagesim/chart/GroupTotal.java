package org.outagesim.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.outagesim.stats.Summary;

/**
 * A metric summed over the tenants of a group (a strategy, a sector). The total is the sum of the
 * tenants' means from {@code summary.json}; its interval comes from the group's sum in each
 * replication ({@code replications.csv}), a 95% Student-t half-width over those sums — the tenants
 * of one replication share the fault, so their values are not independent and the tenants'
 * half-widths cannot simply be combined.
 *
 * @param group the group key
 * @param mean sum of the tenants' means
 * @param ci95HalfWidth half-width of the interval of the per-replication sums ({@code NaN} with
 *     fewer than two replications)
 */
record GroupTotal(String group, double mean, double ci95HalfWidth) {

  /** Totals of {@code metric} per group, in order of first appearance among the tenants. */
  static List<GroupTotal> of(RunResults r, String metric, Function<TenantInfo, String> key) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    r.tenants()
        .forEach(t -> members.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t.id()));
    List<GroupTotal> out = new ArrayList<>();
    members.forEach(
        (group, tenants) -> {
          double mean = tenants.stream().mapToDouble(t -> r.estimate(t, metric).mean()).sum();
          SummaryStatistics sums = new SummaryStatistics();
          for (Map<String, Map<String, Double>> replication : r.perReplication()) {
            double sum =
                tenants.stream()
                    .mapToDouble(
                        t -> replication.getOrDefault(t, Map.of()).getOrDefault(metric, Double.NaN))
                    .sum();
            if (Double.isFinite(sum)) {
              sums.addValue(sum);
            }
          }
          out.add(new GroupTotal(group, mean, Summary.of(sums).halfWidth95()));
        });
    return out;
  }
}
