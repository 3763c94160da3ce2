package org.outagesim.sweep.plan;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.outagesim.scenario.DurationParser;
import org.outagesim.sweep.plan.SweepDraft.DraftPoint;

/**
 * Reads the design of a sweep file, the one of {@code vary} (full grid), {@code points} (an
 * explicit list) or {@code latinHypercube} that it holds, into its points.
 */
final class DesignReader {
  static final List<String> DESIGN_KEYS = SweepShape.DESIGNS;
  private static final List<String> HYPERCUBE_KEYS = List.copyOf(SweepShape.HYPERCUBE.keySet());
  private static final long DEFAULT_SEED = 1;

  /**
   * A design's points, or {@code points == null} when problems prevent building them.
   *
   * @param name {@code grid}, {@code points} or {@code latin-hypercube}
   */
  record Design(
      String name,
      List<String> parameters,
      Map<String, Place> parameterPlaces,
      List<DraftPoint> points) {}

  private final SweepFields fields;

  DesignReader(SweepFields fields) {
    this.fields = fields;
  }

  /** Reads the design under {@code key}, one of {@link #DESIGN_KEYS}. */
  Design read(String key, JsonNode node) {
    JsonPointer at = JsonPointer.empty().appendProperty(key);
    return switch (key) {
      case "vary" -> grid(node, at);
      case "points" -> points(node, at);
      default -> hypercube(node, at);
    };
  }

  private Design grid(JsonNode node, JsonPointer at) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Map<String, Place> places = new LinkedHashMap<>();
    if (fields.mapping(node, at, "vary", "{ tenants[shop].deployment.ttl: [10s, 60s] }") == null) {
      return failed("grid");
    }
    if (node.isEmpty()) {
      fields.report(
          at,
          "vary",
          "no parameters; give path: [values], like tenants[shop].deployment.ttl: [10s, 60s]");
    }
    boolean complete = !node.isEmpty();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonPointer p = at.appendProperty(e.getKey());
      places.put(e.getKey(), fields.place(p));
      List<String> list = valueList(e.getValue(), p, "vary." + e.getKey());
      complete &= list != null;
      values.put(e.getKey(), list);
    }
    if (!complete) {
      return failed("grid");
    }
    Place place = fields.place(at);
    List<DraftPoint> points =
        Grid.points(values).stream().map(v -> new DraftPoint(v, place)).toList();
    return new Design("grid", List.copyOf(values.keySet()), places, points);
  }

  private List<String> valueList(JsonNode node, JsonPointer at, String path) {
    if (!node.isArray()) {
      fields.report(
          at, path, "expected a list of values like [10s, 60s], got " + SweepYaml.describe(node));
      return null;
    }
    if (node.isEmpty()) {
      fields.report(at, path, "empty list of values; give at least one");
      return null;
    }
    List<String> values = new ArrayList<>();
    node.forEach(v -> values.add(SweepYaml.valueText(v)));
    return values;
  }

  private Design points(JsonNode node, JsonPointer at) {
    if (!node.isArray() || node.isEmpty()) {
      fields.report(
          at,
          "points",
          "expected a non-empty list of mappings path: value, got "
              + (node.isArray() ? "an empty list" : SweepYaml.describe(node)));
      return failed("points");
    }
    List<String> parameters = null;
    Map<String, Place> places = new LinkedHashMap<>();
    List<DraftPoint> points = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < node.size(); i++) {
      JsonPointer p = at.appendIndex(i);
      JsonNode point = node.get(i);
      if (!point.isObject() || point.isEmpty()) {
        fields.report(
            p,
            "points[" + i + "]",
            "expected a mapping path: value, got "
                + (point.isObject() ? "an empty mapping" : SweepYaml.describe(point)));
        complete = false;
        continue;
      }
      if (parameters == null) {
        parameters = new ArrayList<>();
        point.fieldNames().forEachRemaining(parameters::add);
        parameters.forEach(k -> places.put(k, fields.place(p.appendProperty(k))));
      }
      if (!sameKeys(point, parameters, p, i)) {
        complete = false;
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      parameters.forEach(k -> values.put(k, SweepYaml.valueText(point.get(k))));
      points.add(new DraftPoint(values, fields.place(p)));
    }
    if (!complete) {
      return failed("points");
    }
    return new Design("points", parameters, places, points);
  }

  private boolean sameKeys(JsonNode point, List<String> parameters, JsonPointer at, int index) {
    Set<String> keys = new LinkedHashSet<>();
    point.fieldNames().forEachRemaining(keys::add);
    if (keys.equals(new LinkedHashSet<>(parameters))) {
      return true;
    }
    List<String> missing = parameters.stream().filter(k -> !keys.contains(k)).toList();
    List<String> extra = keys.stream().filter(k -> !parameters.contains(k)).toList();
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add("lacks " + String.join(", ", missing));
    }
    if (!extra.isEmpty()) {
      parts.add("has " + String.join(", ", extra) + " that the first point does not");
    }
    fields.report(
        at,
        "points[" + index + "]",
        String.join(" and ", parts)
            + "; every point must set the same paths as the first ("
            + String.join(", ", parameters)
            + ")");
    return false;
  }

  private Design hypercube(JsonNode node, JsonPointer at) {
    if (fields.mapping(
            node, at, "latinHypercube", "{ samples: 20, seed: 7, ranges: { path: [min, max] } }")
        == null) {
      return failed("latin-hypercube");
    }
    fields.checkKeys(node, at, "latinHypercube", HYPERCUBE_KEYS);
    Integer samples = null;
    if (node.has("samples")) {
      samples =
          fields.integer(
              node.get("samples"),
              at.appendProperty("samples"),
              "latinHypercube.samples",
              SweepShape.MIN_SAMPLES);
    } else {
      fields.report(
          at, "latinHypercube", "missing key 'samples': the number of points, at least 2");
    }
    long seed = DEFAULT_SEED;
    if (node.has("seed")) {
      JsonNode s = node.get("seed");
      if (s.isIntegralNumber() && s.canConvertToLong()) {
        seed = s.longValue();
      } else {
        fields.report(
            at.appendProperty("seed"),
            "latinHypercube.seed",
            "expected an integer, got " + SweepYaml.describe(s));
      }
    }
    List<LhsRange> ranges = ranges(node.get("ranges"), at);
    if (samples == null || ranges == null) {
      return failed("latin-hypercube");
    }
    return hypercubePoints(samples, seed, ranges, at);
  }

  private Design hypercubePoints(int samples, long seed, List<LhsRange> ranges, JsonPointer at) {
    double[][] unit = LatinHypercube.unitDesign(samples, ranges.size(), seed);
    Place place = fields.place(at);
    List<DraftPoint> points = new ArrayList<>();
    for (double[] row : unit) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int d = 0; d < ranges.size(); d++) {
        values.put(ranges.get(d).path(), ranges.get(d).valueAt(row[d]));
      }
      points.add(new DraftPoint(values, place));
    }
    Map<String, Place> places = new LinkedHashMap<>();
    ranges.forEach(
        r ->
            places.put(
                r.path(), fields.place(at.appendProperty("ranges").appendProperty(r.path()))));
    return new Design(
        "latin-hypercube", ranges.stream().map(LhsRange::path).toList(), places, points);
  }

  private List<LhsRange> ranges(JsonNode node, JsonPointer parent) {
    JsonPointer at = parent.appendProperty("ranges");
    if (node == null) {
      fields.report(
          parent, "latinHypercube", "missing key 'ranges': path: [min, max] for each varied path");
      return null;
    }
    if (fields.mapping(
            node, at, "latinHypercube.ranges", "{ tenants[shop].deployment.ttl: [10s, 5m] }")
        == null) {
      return null;
    }
    if (node.isEmpty()) {
      fields.report(
          at,
          "latinHypercube.ranges",
          "no ranges; give path: [min, max], like tenants[shop].deployment.ttl: [10s, 5m]");
      return null;
    }
    List<LhsRange> ranges = new ArrayList<>();
    boolean complete = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      LhsRange range = range(e.getKey(), e.getValue(), at.appendProperty(e.getKey()));
      complete &= range != null;
      ranges.add(range);
    }
    return complete ? ranges : null;
  }

  private LhsRange range(String path, JsonNode node, JsonPointer at) {
    String key = "latinHypercube.ranges." + path;
    if (!node.isArray()
        || node.size() != 2
        || !node.get(0).isValueNode()
        || !node.get(1).isValueNode()) {
      fields.report(
          at, key, "expected [min, max], like [10s, 5m] or [0.1, 0.5], got " + rangeText(node));
      return null;
    }
    JsonNode lo = node.get(0);
    JsonNode hi = node.get(1);
    LhsRange range;
    if (lo.isNumber() && hi.isNumber()) {
      boolean integers =
          lo.isIntegralNumber()
              && hi.isIntegralNumber()
              && lo.canConvertToLong()
              && hi.canConvertToLong();
      range =
          new LhsRange(
              path,
              integers ? LhsRange.Kind.INTEGER : LhsRange.Kind.DECIMAL,
              lo.doubleValue(),
              hi.doubleValue());
    } else {
      OptionalDouble min =
          lo.isTextual() ? DurationParser.parseSeconds(lo.textValue()) : OptionalDouble.empty();
      OptionalDouble max =
          hi.isTextual() ? DurationParser.parseSeconds(hi.textValue()) : OptionalDouble.empty();
      if (min.isEmpty() || max.isEmpty()) {
        fields.report(
            at,
            key,
            "the bounds must be two numbers or two durations (like [10s, 5m]), got "
                + rangeText(node));
        return null;
      }
      range = new LhsRange(path, LhsRange.Kind.DURATION, min.getAsDouble(), max.getAsDouble());
    }
    if (!(range.min() < range.max())) {
      fields.report(at, key, "min must be less than max, got " + rangeText(node));
      return null;
    }
    return range;
  }

  private static String rangeText(JsonNode node) {
    if (!node.isArray()) {
      return SweepYaml.describe(node);
    }
    List<String> items = new ArrayList<>();
    node.forEach(
        n ->
            items.add(
                n.isContainerNode() ? (n.isArray() ? "[...]" : "{...}") : SweepYaml.valueText(n)));
    return "[" + String.join(", ", items) + "]";
  }

  private static Design failed(String name) {
    return new Design(name, List.of(), Map.of(), null);
  }
}
