package org.outagesim.sweep.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.plan.SweepDraft.DraftPoint;

/**
 * Reads a sweep given on the command line: repeated {@code --vary PATH=v1,v2,...} options make a
 * full grid in option order (the last option varies fastest), with optional {@code --replications},
 * {@code --metric} and {@code --baseline INDEX}. Values are separated by commas, so a value that
 * itself contains a comma (a list such as {@code [[0m, 0.5]]}) needs a sweep file. Problems are
 * reported with the option's name as file and its text as path.
 */
final class VaryOptions {
  static final String VARY = "--vary";
  private static final Place VARY_PLACE = new Place(VARY, 0);
  private static final String EXAMPLE = "tenants[shop].deployment.ttl=10s,60s,300s";
  private static final String NO_COMMAS =
      "values are separated by commas, so a value that contains a comma"
          + " (a list or a mapping) cannot be given with --vary; use a sweep file";

  private VaryOptions() {}

  /** The draft, or {@code null} when there is nothing to vary. */
  static SweepDraft read(
      Path scenarioFile,
      List<String> varies,
      Integer replications,
      List<String> metrics,
      Integer baseline,
      PlanProblems problems) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String vary : varies) {
      parse(vary, values, problems);
    }
    if (varies.isEmpty()) {
      problems.add(
          VARY_PLACE,
          "",
          "nothing to vary: give --vary PATH=v1,v2,... at least once, like --vary " + EXAMPLE);
    }
    if (replications != null && replications < 1) {
      problems.add(new Place("--replications", 0), "", "must be at least 1, got " + replications);
    }
    Map<String, Place> places = new LinkedHashMap<>();
    values.keySet().forEach(p -> places.put(p, VARY_PLACE));
    List<DraftPoint> points =
        values.size() == varies.size() && !varies.isEmpty()
            ? Grid.points(values).stream().map(v -> new DraftPoint(v, VARY_PLACE)).toList()
            : null;
    BaselineChoice choice =
        baseline == null
            ? BaselineChoice.FIRST
            : new BaselineChoice.Index(baseline, new Place("--baseline", 0), "");
    return new SweepDraft(
        VARY,
        scenarioFile,
        "grid",
        List.copyOf(values.keySet()),
        places,
        points,
        replications,
        metrics(metrics, problems),
        choice,
        null,
        List.of(),
        null);
  }

  /** Adds one {@code PATH=v1,v2,...} to {@code values}, or reports why it is malformed. */
  private static void parse(String vary, Map<String, List<String>> values, PlanProblems problems) {
    int eq = vary.indexOf('=');
    if (eq <= 0 || vary.substring(0, eq).isBlank()) {
      problems.add(VARY_PLACE, vary, "expected PATH=v1,v2,..., like " + EXAMPLE);
      return;
    }
    String path = vary.substring(0, eq).strip();
    String list = vary.substring(eq + 1);
    if (list.isBlank()) {
      problems.add(
          VARY_PLACE,
          vary,
          "empty value list: give values after '=', like " + EXAMPLE + "; " + NO_COMMAS);
      return;
    }
    if (list.contains("[") || list.contains("{")) {
      problems.add(VARY_PLACE, vary, "a value looks like a list or a mapping; " + NO_COMMAS);
      return;
    }
    List<String> items = Arrays.stream(list.split(",", -1)).map(String::strip).toList();
    if (items.contains("")) {
      problems.add(VARY_PLACE, vary, "empty value in the list; " + NO_COMMAS);
      return;
    }
    if (values.containsKey(path)) {
      problems.add(VARY_PLACE, vary, path + " is varied twice; give all its values in one --vary");
      return;
    }
    values.put(path, items);
  }

  private static List<Metric> metrics(List<String> names, PlanProblems problems) {
    if (names == null || names.isEmpty()) {
      return MetricNames.DEFAULT;
    }
    List<String> split = new ArrayList<>();
    names.forEach(
        n ->
            Arrays.stream(n.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(split::add));
    List<Metric> metrics = MetricNames.parseAll(split, new Place("--metric", 0), "", problems);
    return metrics.isEmpty() ? MetricNames.DEFAULT : metrics;
  }
}
