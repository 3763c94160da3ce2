package org.outagesim.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;

/**
 * Positions of one swept parameter's values on an axis. When every value is a number, or every
 * value a duration in the scenario syntax ({@code 10s}, {@code 1m30s}), the axis is numeric
 * (durations in seconds); otherwise the values are categories in the order they first appear.
 */
final class ParameterAxis {
  private static final Pattern DURATION = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d))+");
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

  private final String parameter;
  private final Map<String, Double> position = new LinkedHashMap<>();
  private final boolean numeric;
  private final boolean durations;

  ParameterAxis(String parameter, List<String> values) {
    this.parameter = parameter;
    boolean allNumbers = true;
    boolean allDurations = true;
    for (String v : values) {
      allNumbers &= isNumber(v);
      allDurations &= DURATION.matcher(v).matches();
    }
    this.numeric = allNumbers || allDurations;
    this.durations = !allNumbers && allDurations;
    for (String v : values) {
      if (!position.containsKey(v)) {
        position.put(
            v, allNumbers ? Double.parseDouble(v) : allDurations ? seconds(v) : position.size());
      }
    }
  }

  double at(String value) {
    return position.get(value);
  }

  /** The distinct values in order of appearance. */
  List<String> values() {
    return new ArrayList<>(position.keySet());
  }

  boolean numeric() {
    return numeric;
  }

  /** An axis labelled with the parameter (and its unit when the values are durations). */
  ValueAxis axis() {
    String label = parameter + (durations ? " (s)" : "");
    if (numeric) {
      NumberAxis a = new NumberAxis(label);
      a.setAutoRangeIncludesZero(false);
      return ChartStyle.axis(a);
    }
    return ChartStyle.axis(new SymbolAxis(label, position.keySet().toArray(new String[0])));
  }

  private static boolean isNumber(String v) {
    try {
      Double.parseDouble(v);
      return !v.isBlank();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static double seconds(String v) {
    double s = 0;
    Matcher m = PART.matcher(v);
    while (m.find()) {
      double x = Double.parseDouble(m.group(1));
      s +=
          switch (m.group(2)) {
            case "ms" -> x / 1000;
            case "s" -> x;
            case "m" -> x * 60;
            case "h" -> x * 3600;
            default -> x * 86400;
          };
    }
    return s;
  }
}
