package org.outagesim.sweep.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outagesim.sweep.plan.SweepDraft.DraftPoint;

/**
 * How the user named the baseline point, which the other points are compared with: by index, or by
 * the values it has ({@code baseline: { tenants[shop].deployment.ttl: 60s }}). A value matches when
 * its text is equal, or when both are numbers of equal value ({@code 60} and {@code 60.0}).
 */
sealed interface BaselineChoice {

  /** The first point, when the user named none. */
  BaselineChoice FIRST = new Index(0, new Place("", 0), "");

  /**
   * The index of the baseline, or -1 after reporting why there is none.
   *
   * @param points the sweep's points, at least one
   */
  int resolve(List<DraftPoint> points, PlanProblems problems);

  /**
   * The point with the given index.
   *
   * @param path the key reported in problems ({@code baseline}, or empty for {@code --baseline})
   */
  record Index(int index, Place place, String path) implements BaselineChoice {
    @Override
    public int resolve(List<DraftPoint> points, PlanProblems problems) {
      if (index >= 0 && index < points.size()) {
        return index;
      }
      problems.add(
          place,
          path,
          "point "
              + index
              + " does not exist; the sweep has "
              + points.size()
              + (points.size() == 1
                  ? " point, numbered 0"
                  : " points, numbered 0 to " + (points.size() - 1)));
      return -1;
    }
  }

  /** The one point that has all the given values. */
  record Match(Map<String, String> values, Place place) implements BaselineChoice {
    @Override
    public int resolve(List<DraftPoint> points, PlanProblems problems) {
      List<String> parameters = List.copyOf(points.get(0).values().keySet());
      boolean known = true;
      for (String path : values.keySet()) {
        if (!parameters.contains(path)) {
          problems.add(
              place,
              "baseline." + path,
              "not a varied parameter"
                  + DidYouMean.hint(path, parameters)
                  + "; the sweep varies "
                  + String.join(", ", parameters));
          known = false;
        }
      }
      if (!known) {
        return -1;
      }
      List<Integer> matching = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        if (matches(points.get(i).values())) {
          matching.add(i);
        }
      }
      if (matching.size() == 1) {
        return matching.get(0);
      }
      problems.add(
          place,
          "baseline",
          matching.isEmpty()
              ? "no point has " + describe()
              : "points "
                  + matching.stream().map(String::valueOf).collect(Collectors.joining(", "))
                  + " all have "
                  + describe()
                  + "; name more parameters to pick one");
      return -1;
    }

    private boolean matches(Map<String, String> point) {
      return values.entrySet().stream().allMatch(e -> same(e.getValue(), point.get(e.getKey())));
    }

    private String describe() {
      return values.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(", "));
    }

    private static boolean same(String a, String b) {
      if (a.equals(b)) {
        return true;
      }
      try {
        return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }
}
