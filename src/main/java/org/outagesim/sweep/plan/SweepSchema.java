package org.outagesim.sweep.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.outagesim.scenario.ScenarioSchema;
import org.outagesim.stats.Metric;

/**
 * The JSON Schema (draft-07, as {@link ScenarioSchema}) of sweep files, written from {@link
 * SweepShape} and the metric names. The values a design gives to scenario paths are not typed here:
 * what a path accepts is checked when the points are applied to the scenario.
 */
public final class SweepSchema {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SweepSchema() {}

  /** The schema of a sweep file. */
  public static ObjectNode sweep() {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", ScenarioSchema.DRAFT);
    root.put("title", "outagesim sweep");
    root.put(
        "$comment",
        "Written by 'outagesim schema sweep' from the validator's declarations; do not edit.");
    root.put("type", "object");
    ObjectNode p = root.putObject("properties");
    Map<String, String> top = SweepShape.TOP;
    p.set("scenario", described(text(), top.get("scenario")));
    p.set("vary", described(grid(), top.get("vary")));
    p.set("points", described(points(), top.get("points")));
    p.set("latinHypercube", described(hypercube(), top.get("latinHypercube")));
    p.set("replications", described(integer(SweepShape.MIN_REPLICATIONS), top.get("replications")));
    p.set("metrics", described(metrics(), top.get("metrics")));
    p.set("baseline", described(baseline(), top.get("baseline")));
    p.set("precision", described(precision(), top.get("precision")));
    p.set("compare", described(compare(), top.get("compare")));
    ObjectNode set = object();
    set.set("additionalProperties", parameterValue());
    p.set("set", described(set, top.get("set")));
    root.putArray("required").add("scenario");
    ArrayNode designs = root.putArray("oneOf");
    SweepShape.DESIGNS.forEach(d -> designs.addObject().putArray("required").add(d));
    root.put("additionalProperties", false);
    return root;
  }

  private static ObjectNode compare() {
    Map<String, String> keys = SweepShape.COMPARE;
    ObjectNode names = JSON.objectNode();
    names.put("type", "array");
    names.put("minItems", 1);
    names.set("items", text());
    ObjectNode all = JSON.objectNode();
    all.put("const", "*");
    ObjectNode tenants = JSON.objectNode();
    tenants.putArray("anyOf").add(names.deepCopy()).add(all);
    ObjectNode frequency = JSON.objectNode();
    frequency.put("type", "number");
    frequency.put("minimum", 0);
    ObjectNode node = object();
    ObjectNode p = node.putObject("properties");
    p.set("tenants", described(tenants, keys.get("tenants")));
    p.set("designs", described(names, keys.get("designs")));
    p.set("secondary", described(text(), keys.get("secondary")));
    p.set("incidentsPerYear", described(frequency, keys.get("incidentsPerYear")));
    node.putArray("required").add("tenants").add("designs");
    node.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode grid() {
    ObjectNode values = JSON.objectNode();
    values.put("type", "array");
    values.put("minItems", 1);
    values.set("items", parameterValue());
    ObjectNode node = object();
    node.put("minProperties", 1);
    node.set("additionalProperties", values);
    return node;
  }

  private static ObjectNode points() {
    ObjectNode point = object();
    point.put("minProperties", 1);
    point.set("additionalProperties", parameterValue());
    ObjectNode node = JSON.objectNode();
    node.put("type", "array");
    node.put("minItems", 1);
    node.set("items", point);
    return node;
  }

  private static ObjectNode hypercube() {
    Map<String, String> keys = SweepShape.HYPERCUBE;
    ObjectNode bounds = JSON.objectNode();
    bounds.put("type", "array");
    bounds.put("minItems", 2);
    bounds.put("maxItems", 2);
    ArrayNode kinds = bounds.putArray("anyOf");
    kinds.addObject().putObject("items").put("type", "number");
    kinds.addObject().set("items", ScenarioSchema.duration("A bound as a duration."));
    ObjectNode ranges = object();
    ranges.put("minProperties", 1);
    ranges.set("additionalProperties", bounds);
    ObjectNode node = object();
    ObjectNode p = node.putObject("properties");
    p.set("samples", described(integer(SweepShape.MIN_SAMPLES), keys.get("samples")));
    ObjectNode seed = JSON.objectNode();
    seed.put("type", "integer");
    p.set("seed", described(seed, keys.get("seed")));
    p.set("ranges", described(ranges, keys.get("ranges")));
    node.putArray("required").add("samples").add("ranges");
    node.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode metrics() {
    ObjectNode list = JSON.objectNode();
    list.put("type", "array");
    list.put("minItems", 1);
    list.set("items", metricName());
    ObjectNode node = JSON.objectNode();
    node.putArray("oneOf").add(metricName()).add(list);
    return node;
  }

  private static ObjectNode baseline() {
    ObjectNode index = JSON.objectNode();
    index.put("type", "integer");
    index.put("minimum", 0);
    ObjectNode values = object();
    values.put("minProperties", 1);
    ObjectNode node = JSON.objectNode();
    node.putArray("oneOf").add(index).add(values);
    return node;
  }

  private static ObjectNode precision() {
    Map<String, String> keys = SweepShape.PRECISION;
    ObjectNode relative = JSON.objectNode();
    relative.put("type", "number");
    relative.put("exclusiveMinimum", 0);
    relative.put("exclusiveMaximum", 1);
    ObjectNode node = object();
    ObjectNode p = node.putObject("properties");
    p.set("metric", described(metricName(), keys.get("metric")));
    p.set("relative", described(relative, keys.get("relative")));
    p.set(
        "maxReplications",
        described(integer(SweepShape.MIN_MAX_REPLICATIONS), keys.get("maxReplications")));
    node.putArray("required").add("relative").add("maxReplications");
    node.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode metricName() {
    ObjectNode node = JSON.objectNode();
    node.put("type", "string");
    ArrayNode names = node.putArray("enum");
    for (Metric m : Metric.values()) {
      names.add(m.column());
    }
    return node;
  }

  /** Any value: it is checked as the value of its scenario path. */
  private static ObjectNode parameterValue() {
    ObjectNode node = JSON.objectNode();
    node.put("description", "A value for the scenario path, as --set would take it.");
    return node;
  }

  private static ObjectNode integer(int minimum) {
    ObjectNode node = JSON.objectNode();
    node.put("type", "integer");
    node.put("minimum", minimum);
    return node;
  }

  private static ObjectNode text() {
    ObjectNode node = JSON.objectNode();
    node.put("type", "string");
    node.put("pattern", "\\S");
    return node;
  }

  private static ObjectNode object() {
    ObjectNode node = JSON.objectNode();
    node.put("type", "object");
    return node;
  }

  private static ObjectNode described(ObjectNode node, String description) {
    ObjectNode out = JSON.objectNode();
    out.put("description", description);
    out.setAll(node);
    return out;
  }
}
