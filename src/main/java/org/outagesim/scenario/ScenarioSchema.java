package org.outagesim.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft-07) of scenario files, written from {@link ScenarioShape}: the keys, their
 * types, ranges, spellings and required keys that the validator reads. Mappings reject unknown keys
 * ({@code additionalProperties: false}), as the validator does. Draft-07 because the editors' YAML
 * support (the YAML language server, IntelliJ) handles it fully.
 *
 * <p>What a schema cannot say is left to {@code outagesim validate}: references between ids
 * (regions, tenants, profiles, providers, dependency names), uniqueness of ids, ranges of durations
 * beyond "not negative" and "not zero", a fault's {@code at} against the horizon, step offsets
 * against the fault's window, {@code max >= min}, and {@code lookups} against {@code names}.
 */
public final class ScenarioSchema {
  /** The draft the schemas are written in. */
  public static final String DRAFT = "http://json-schema.org/draft-07/schema#";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ScenarioSchema() {}

  /** The schema of a scenario file. */
  public static ObjectNode scenario() {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", DRAFT);
    root.put("title", "outagesim scenario");
    root.put(
        "$comment",
        "Written by 'outagesim schema scenario' from the validator's declarations; do not edit.");
    root.setAll(shape(ScenarioShape.SCENARIO));
    return root;
  }

  /** The schema of a duration that is not negative, for other file formats that hold durations. */
  public static ObjectNode duration(String description) {
    ObjectNode node = value(Value.duration(Range.NON_NEGATIVE_DURATION));
    node.put("description", description);
    return node;
  }

  private static ObjectNode shape(Shape s) {
    ObjectNode node =
        switch (s.kind()) {
          case LEAF -> value(s.value());
          case LIST -> list(s);
          case ANY_KEY_MAPPING -> anyKeyMapping(s);
          case MAPPING -> s.value() == null ? mapping(s) : mappingOrValue(s);
        };
    return described(node, s.description());
  }

  private static ObjectNode described(ObjectNode node, String description) {
    if (description == null) {
      return node;
    }
    ObjectNode out = JSON.objectNode();
    out.put("description", description);
    out.setAll(node);
    return out;
  }

  private static ObjectNode list(Shape s) {
    ObjectNode node = JSON.objectNode();
    node.put("type", "array");
    node.set("items", shape(s.element()));
    if (s.isNonEmpty()) {
      node.put("minItems", 1);
    }
    return node;
  }

  /** A scenario path as {@code --set} takes it: keys, dots and [selectors]. */
  static final String PATH_REGEX = "[A-Za-z0-9_.*\\[\\]-]+";

  private static ObjectNode anyKeyMapping(Shape s) {
    ObjectNode node = JSON.objectNode();
    node.put("type", "object");
    // The keys of uncertain: are scenario paths (tenants[*].user.retries), the others ids.
    boolean paths = s.element() == ScenarioShape.UNCERTAIN;
    node.set("propertyNames", pattern(paths ? PATH_REGEX : Ids.REGEX));
    node.set("additionalProperties", shape(s.element()));
    return node;
  }

  private static ObjectNode mappingOrValue(Shape s) {
    ObjectNode node = JSON.objectNode();
    node.putArray("oneOf").add(value(s.value())).add(mapping(s));
    return node;
  }

  private static ObjectNode mapping(Shape s) {
    ObjectNode node = JSON.objectNode();
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    s.fields().forEach((key, child) -> properties.set(key, shape(child)));
    requiredAndAlternatives(node, s);
    node.put("additionalProperties", false);
    if (s.variants() != null) {
      ArrayNode all = node.putArray("allOf");
      s.variants().shapes().forEach((name, variant) -> all.add(variant(s, name, variant)));
    }
    return node;
  }

  /**
   * {@code if} the variant key selects this variant, {@code then} its keys, types and required keys
   * apply.
   */
  private static ObjectNode variant(Shape base, String name, Shape variant) {
    Shape.Variants variants = base.variants();
    ObjectNode condition = JSON.objectNode();
    condition.putObject("properties").putObject(variants.key()).put("const", name);
    if (!name.equals(variants.fallback())) {
      condition.putArray("required").add(variants.key());
    }
    ObjectNode then = JSON.objectNode();
    ObjectNode narrower = JSON.objectNode();
    variant
        .fields()
        .forEach(
            (key, child) -> {
              if (child != base.child(key)) {
                narrower.set(key, shape(child));
              }
            });
    if (!narrower.isEmpty()) {
      then.set("properties", narrower);
    }
    ArrayNode names = then.putObject("propertyNames").putArray("enum");
    variant.keyNames().forEach(names::add);
    requiredAndAlternatives(then, variant);
    ObjectNode out = JSON.objectNode();
    out.set("if", condition);
    out.set("then", then);
    return out;
  }

  private static void requiredAndAlternatives(ObjectNode node, Shape s) {
    if (!s.requiredKeys().isEmpty()) {
      ArrayNode required = node.putArray("required");
      s.requiredKeys().forEach(required::add);
    }
    if (s.alternatives() != null) {
      ArrayNode choices =
          node.putArray(s.alternatives() == Shape.Alternatives.EXACTLY_ONE ? "oneOf" : "anyOf");
      s.alternativeKeys().forEach(k -> choices.addObject().putArray("required").add(k));
    }
  }

  private static ObjectNode value(Value v) {
    if (v instanceof Value.Text t) {
      return t.pattern() == null ? type("string") : pattern(t.pattern());
    } else if (v instanceof Value.Id) {
      return pattern(Ids.REGEX);
    } else if (v instanceof Value.Bool) {
      return type("boolean");
    } else if (v instanceof Value.Real r) {
      return bounded(type("number"), r.range(), false);
    } else if (v instanceof Value.Whole w) {
      return bounded(type("integer"), w.range(), true);
    } else if (v instanceof Value.Duration d) {
      return duration(d.range());
    } else if (v instanceof Value.Choice c) {
      ObjectNode node = type("string");
      ArrayNode spellings = node.putArray("enum");
      c.spellings().forEach(spellings::add);
      return node;
    } else if (v instanceof Value.DateTime) {
      return pattern(ScenarioClock.START_REGEX);
    } else if (v instanceof Value.TimeOrOffset) {
      ObjectNode node = type("string");
      node.putArray("anyOf")
          .add(pattern(ScenarioClock.TIME_OF_DAY_REGEX))
          .add(duration(Range.NON_NEGATIVE_DURATION));
      return node;
    } else if (v instanceof Value.Steps s) {
      return steps(s.values());
    } else if (v instanceof Value.Ratio) {
      ObjectNode node = JSON.objectNode();
      ObjectNode number = node.putArray("oneOf").addObject();
      number.put("type", "number");
      number.put("exclusiveMinimum", 0);
      number.put("maximum", 1);
      node.withArray("oneOf").add(pattern(Value.Ratio.PERCENT_REGEX));
      return node;
    } else if (v instanceof Value.Names) {
      ObjectNode node = type("array");
      node.put("minItems", 1);
      node.put("uniqueItems", true);
      node.set("items", pattern(".*\\S.*"));
      return node;
    } else if (v instanceof Value.Values vs) {
      ObjectNode node = type("array");
      node.put("minItems", vs.min());
      if (vs.max() < Integer.MAX_VALUE) {
        node.put("maxItems", vs.max());
      }
      node.set(
          "items",
          JSON.objectNode()
              .set("type", JSON.arrayNode().add("number").add("string").add("boolean")));
      return node;
    } else if (v instanceof Value.Quantity) {
      ObjectNode node = JSON.objectNode();
      node.putArray("anyOf").add(type("number")).add(pattern(DurationParser.SCHEMA_PATTERN));
      return node;
    } else if (v instanceof Value.Hourly) {
      ObjectNode node = type("array");
      node.put("minItems", Value.Hourly.HOURS);
      node.put("maxItems", Value.Hourly.HOURS);
      node.set("items", value(Value.real(Value.Hourly.ITEM_RANGE)));
      return node;
    }
    throw new IllegalArgumentException("no schema for " + v);
  }

  /** A constant, or a non-empty list of {@code [offset, value]} pairs. */
  private static ObjectNode steps(StepProfileReader.Values values) {
    ObjectNode pair = type("array");
    pair.putArray("items")
        .add(shape(StepProfileReader.Values.OFFSET))
        .add(shape(values.valueShape()));
    pair.put("minItems", 2);
    pair.put("maxItems", 2);
    ObjectNode list = type("array");
    list.put("minItems", 1);
    list.set("items", pair);
    ObjectNode node = JSON.objectNode();
    node.putArray("oneOf").add(shape(values.valueShape())).add(list);
    return node;
  }

  private static ObjectNode duration(Range range) {
    ObjectNode node = JSON.objectNode();
    node.put("type", "string");
    node.put("pattern", DurationParser.SCHEMA_PATTERN);
    if (range.min() > 0 || (range.min() == 0 && range.minExclusive())) {
      node.putObject("not").put("pattern", DurationParser.ZERO_SCHEMA_PATTERN);
    }
    return node;
  }

  private static ObjectNode bounded(ObjectNode node, Range range, boolean integer) {
    if (Double.isFinite(range.min())) {
      String key = range.minExclusive() ? "exclusiveMinimum" : "minimum";
      if (integer) {
        node.put(key, (long) range.min());
      } else {
        node.put(key, range.min());
      }
    }
    if (Double.isFinite(range.max())) {
      if (integer) {
        node.put("maximum", (long) range.max());
      } else {
        node.put("maximum", range.max());
      }
    }
    return node;
  }

  private static ObjectNode type(String type) {
    ObjectNode node = JSON.objectNode();
    node.put("type", type);
    return node;
  }

  /**
   * A text matching a Java regex that must match the whole text, anchored for JSON Schema's search
   * semantics.
   */
  private static ObjectNode pattern(String wholeMatch) {
    ObjectNode node = type("string");
    node.put("pattern", "^(?:" + wholeMatch + ")$");
    return node;
  }
}
