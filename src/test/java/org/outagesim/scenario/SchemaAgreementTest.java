package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator and the scenario schema agree on the keys, in both directions: every key the
 * validator accepts at a path is in the schema there and every key of the schema is accepted by the
 * validator; the same for each fault type's, distribution's and strategy's own keys and for
 * required keys.
 */
class SchemaAgreementTest {
  private static final String BASE =
      """
      name: probe
      start: 2018-11-22T08:00:00+09:00
      duration: 1h
      regions:
        - id: r1
      faults:
        - { type: region-outage, region: r1, at: 5m, duration: 10m }
      profiles:
        p: { events: [ { at: 1m, duration: 1m, multiplier: 2 } ] }
      tenants:
        - id: shop
          traffic: { sessionsPerSecond: 1 }
          deployment: { primary: r1 }
      """;

  @TempDir Path tmp;

  /**
   * Key sets by path, from the schema: {@code tenants[]}, {@code profiles.*} for any-key mappings.
   */
  private static Map<String, Set<String>> schemaKeys(
      JsonNode node, String path, Map<String, Set<String>> out) {
    if (node.has("properties")) {
      Set<String> keys = new TreeSet<>();
      node.get("properties").fieldNames().forEachRemaining(keys::add);
      out.put(path, keys);
      node.get("properties")
          .properties()
          .iterator()
          .forEachRemaining(e -> schemaKeys(e.getValue(), join(path, e.getKey()), out));
    }
    if (node.has("items") && node.get("items").isObject()) {
      schemaKeys(node.get("items"), path + "[]", out);
    }
    if (node.has("additionalProperties") && node.get("additionalProperties").isObject()) {
      schemaKeys(node.get("additionalProperties"), path + ".*", out);
    }
    if (node.has("oneOf")) {
      node.get("oneOf").forEach(branch -> schemaKeys(branch, path, out));
    }
    return out;
  }

  /** Key sets by path, from the declarations the validator reads. */
  private static Map<String, Set<String>> validatorKeys(
      Shape s, String path, Map<String, Set<String>> out) {
    switch (s.kind()) {
      case LIST -> validatorKeys(s.element(), path + "[]", out);
      case ANY_KEY_MAPPING -> validatorKeys(s.element(), path + ".*", out);
      case MAPPING -> {
        out.put(path, new TreeSet<>(s.keyNames()));
        s.fields().forEach((k, child) -> validatorKeys(child, join(path, k), out));
      }
      default -> {}
    }
    return out;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static JsonNode schema() throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(Files.readString(Path.of("schema/scenario.schema.json")));
  }

  @Test
  void schemaAndValidatorAcceptTheSameKeysAtEveryPath() throws IOException {
    Map<String, Set<String>> schema = schemaKeys(schema(), "", new TreeMap<>());
    Map<String, Set<String>> validator = validatorKeys(ScenarioShape.SCENARIO, "", new TreeMap<>());
    List<String> disagreements = new ArrayList<>();
    for (String path : union(schema.keySet(), validator.keySet())) {
      Set<String> inSchema = schema.getOrDefault(path, Set.of());
      Set<String> inValidator = validator.getOrDefault(path, Set.of());
      inValidator.stream()
          .filter(k -> !inSchema.contains(k))
          .forEach(
              k ->
                  disagreements.add(
                      join(path, k) + ": accepted by the validator, missing from the schema"));
      inSchema.stream()
          .filter(k -> !inValidator.contains(k))
          .forEach(
              k -> disagreements.add(join(path, k) + ": in the schema, unknown to the validator"));
    }
    assertEquals(
        List.of(),
        disagreements,
        "regenerate schema/ with ./outagesim schema, or fix ScenarioShape");
    assertTrue(schema.size() > 20, schema.keySet().toString());
  }

  @Test
  void eachVariantHasTheSameKeysAndRequiredKeysInBoth() throws IOException {
    JsonNode schema = schema();
    checkVariants(ScenarioShape.FAULT, schema.at("/properties/faults/items"));
    checkVariants(
        ScenarioShape.DEPLOYMENT, schema.at("/properties/tenants/items/properties/deployment"));
    checkVariants(
        ScenarioShape.DELAY,
        schema.at("/properties/tenants/items/properties/capacity/properties/serviceTime/oneOf/1"));
  }

  private static void checkVariants(Shape shape, JsonNode node) {
    JsonNode all = node.get("allOf");
    assertEquals(shape.variants().shapes().size(), all.size(), node.toString());
    int i = 0;
    for (Map.Entry<String, Shape> v : shape.variants().shapes().entrySet()) {
      JsonNode branch = all.get(i++);
      assertEquals(
          v.getKey(), branch.at("/if/properties/" + shape.variants().key() + "/const").asText());
      assertEquals(
          new TreeSet<>(v.getValue().keyNames()),
          texts(branch.at("/then/propertyNames/enum")),
          v.getKey());
      assertEquals(
          new TreeSet<>(v.getValue().requiredKeys()),
          texts(branch.at("/then/required")),
          v.getKey());
    }
    assertEquals(new TreeSet<>(shape.requiredKeys()), texts(node.get("required")), node.toString());
  }

  private static Set<String> texts(JsonNode list) {
    Set<String> out = new TreeSet<>();
    if (list != null) {
      list.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  /**
   * The validator itself, not its declarations: setting each key the schema names (reachable in a
   * small scenario) is never reported as an unknown key, and a made-up key next to it always is.
   */
  @Test
  void validatorAcceptsEverySchemaKeyAndRejectsOthers() throws Exception {
    Path file = tmp.resolve("probe.yaml");
    Files.writeString(file, BASE);
    ScenarioDocument doc = ScenarioDocument.read(file);
    Map<String, Set<String>> schema = schemaKeys(schema(), "", new TreeMap<>());
    int probed = 0;
    for (Map.Entry<String, Set<String>> e : schema.entrySet()) {
      String at =
          e.getKey().replace("[]", "[0]").replace(".*", ".p").replace("profiles.*", "profiles.p");
      if (e.getKey().startsWith("*")) {
        continue;
      }
      for (String key : e.getValue()) {
        List<String> unknown = unknownKeyProblems(doc, join(at, key) + "=~");
        assertEquals(List.of(), unknown, join(at, key));
        probed++;
      }
      assertEquals(
          1, unknownKeyProblems(doc, join(at, "notAKey") + "=1").size(), join(at, "notAKey"));
    }
    assertTrue(probed > 80, "probed " + probed);
  }

  private static List<String> unknownKeyProblems(ScenarioDocument doc, String override) {
    try {
      doc.withOverrides(List.of(override)).toSpec(Long.MAX_VALUE, 1);
      return List.of();
    } catch (ScenarioException ex) {
      return ex.problems().stream()
          .map(Problem::toString)
          .filter(m -> m.contains("unknown key"))
          .toList();
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return new TreeSet<>(out);
  }
}
