package org.outagesim.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Per-minute success ratios of {@code timeseries.csv}, per tenant or combined into groups.
 *
 * <p>A group's ratio in a minute is the request-weighted mean of its tenants' ratios, weights the
 * tenants' mean requests in that minute; tenants without requests in the minute are left out. Its
 * band half-width is the same weighted mean of the tenants' half-widths. The standard deviation of
 * a weighted sum is at most the weighted sum of the standard deviations, whatever the correlation
 * between tenants (they share the fault, so they are correlated), so this band is conservative: at
 * least as wide as the group's own interval would be. A tenant whose half-width is unknown (fewer
 * than two replications with requests in the minute) adds nothing to it; when no tenant's is known
 * the group has none either.
 */
final class SuccessRatioSeries {

  /** A ratio in [0, 1] with the half-width of its 95% interval ({@code NaN} when unknown). */
  record Point(int minute, double ratio, double ci95HalfWidth) {}

  private SuccessRatioSeries() {}

  /** One series per tenant, in scenario order; minutes without a ratio are left out. */
  static Map<String, List<Point>> perTenant(RunResults r) {
    Map<String, List<Point>> out = new LinkedHashMap<>();
    r.tenants().forEach(t -> out.put(t.id(), new ArrayList<>()));
    for (TenantMinute m : r.minutes()) {
      if (Double.isFinite(m.successRatio()) && out.containsKey(m.tenant())) {
        out.get(m.tenant())
            .add(new Point(m.minute(), m.successRatio(), m.successRatioCi95HalfWidth()));
      }
    }
    return out;
  }

  /**
   * One series per group key in {@code order} that has tenants, combined as the class comment says.
   */
  static Map<String, List<Point>> byGroup(
      RunResults r, Function<TenantInfo, String> key, List<String> order) {
    Map<String, String> groupOf = new LinkedHashMap<>();
    r.tenants().forEach(t -> groupOf.put(t.id(), key.apply(t)));
    Map<String, Map<Integer, double[]>> sums = new LinkedHashMap<>();
    for (String group : order) {
      if (groupOf.containsValue(group)) {
        sums.put(group, new TreeMap<>());
      }
    }
    for (TenantMinute m : r.minutes()) {
      String group = groupOf.get(m.tenant());
      if (group == null
          || !sums.containsKey(group)
          || !Double.isFinite(m.successRatio())
          || !(m.requests() > 0)) {
        continue;
      }
      // [Σw, Σw·ratio, Σw over known half-widths, Σw·half-width]
      double[] s = sums.get(group).computeIfAbsent(m.minute(), k -> new double[4]);
      s[0] += m.requests();
      s[1] += m.requests() * m.successRatio();
      if (Double.isFinite(m.successRatioCi95HalfWidth())) {
        s[2] += m.requests();
        s[3] += m.requests() * m.successRatioCi95HalfWidth();
      }
    }
    Map<String, List<Point>> out = new LinkedHashMap<>();
    sums.forEach(
        (group, byMinute) -> {
          List<Point> points = new ArrayList<>();
          byMinute.forEach(
              (minute, s) ->
                  points.add(new Point(minute, s[1] / s[0], s[2] > 0 ? s[3] / s[0] : Double.NaN)));
          out.put(group, points);
        });
    return out;
  }
}
