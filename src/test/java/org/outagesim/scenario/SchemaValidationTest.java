package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the committed schemas in {@code schema/} with a real JSON Schema validator (networknt):
 * every shipped scenario and sweep file passes, and the invalid fixtures whose mistakes a schema
 * can express fail.
 *
 * <p>Only {@code outagesim validate} catches the rest, which these tests list explicitly as passing
 * the schema: references between ids (unknown regions, tenants, profiles; a profile cycle), ids
 * repeated after {@code count} expansion, the memory estimate, duplicate keys (a JSON tree keeps
 * one of them), YAML syntax errors and empty files, and in sweep files whatever depends on the
 * scenario (paths and values of points, the baseline's index or values, the scenario file's
 * existence, replications against {@code precision.maxReplications}) or on points agreeing with
 * each other.
 */
class SchemaValidationTest {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final Path SCENARIOS = Path.of("scenarios");
  private static final Path INVALID = Path.of("src/test/resources/scenarios/invalid");
  private static final Path INVALID_SWEEPS = Path.of("src/test/resources/sweeps/invalid");
  private static final Schema SCENARIO_SCHEMA = schema("schema/scenario.schema.json");
  private static final Schema SWEEP_SCHEMA = schema("schema/sweep.schema.json");

  private static Schema schema(String file) {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(Files.readString(Path.of(file)), InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(file, e);
    }
  }

  static Stream<Path> shippedScenarios() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  static Stream<Path> shippedSweeps() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS.resolve("sweeps"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  private static List<Error> errors(Schema schema, Path file) throws IOException {
    try (JsonParser parser = YAML.createParser(file.toFile())) {
      JsonToken first = parser.nextToken();
      return schema.validate(first == null ? NullNode.getInstance() : tree(parser, first));
    }
  }

  /**
   * The YAML document as a JSON tree, built from Jackson's YAML tokens. Jackson's own tree reader
   * cannot hold {@code .inf}, which an editor's YAML parser reads as a number; here it becomes one.
   * A repeated key keeps its last value, as in any JSON tree.
   */
  private static JsonNode tree(JsonParser parser, JsonToken token) throws IOException {
    JsonNodeFactory json = JsonNodeFactory.instance;
    switch (token) {
      case START_OBJECT -> {
        ObjectNode node = json.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          node.set(key, tree(parser, parser.nextToken()));
        }
        return node;
      }
      case START_ARRAY -> {
        ArrayNode node = json.arrayNode();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          node.add(tree(parser, t));
        }
        return node;
      }
      case VALUE_NUMBER_INT -> {
        return json.numberNode(parser.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        String text = parser.getText().toLowerCase(Locale.ROOT);
        if (text.endsWith(".inf") || text.equals(".nan")) {
          return json.numberNode(
              text.equals(".nan")
                  ? Double.NaN
                  : text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        return json.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return json.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return json.nullNode();
      }
      default -> {
        return json.textNode(parser.getText());
      }
    }
  }

  @Test
  void thereAreShippedFilesToCheck() throws IOException {
    assertTrue(shippedScenarios().count() >= 5);
    assertTrue(shippedSweeps().count() >= 2);
  }

  @ParameterizedTest
  @MethodSource("shippedScenarios")
  void shippedScenarioPassesTheSchemaAndTheValidator(Path file) throws Exception {
    assertEquals(List.of(), errors(SCENARIO_SCHEMA, file), file.toString());
    ScenarioDocument.read(file).toSpec(Long.MAX_VALUE, 1);
  }

  @ParameterizedTest
  @MethodSource("shippedSweeps")
  void shippedSweepPassesTheSchema(Path file) throws IOException {
    assertEquals(List.of(), errors(SWEEP_SCHEMA, file), file.toString());
  }

  /**
   * Fixtures with mistakes of type, range, spelling, unknown or missing keys: the schema rejects
   * each.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "bad-duration.yaml", // zero and negative durations
        "bad-start.yaml", // a start without offset
        "error-rate.yaml", // a rate above 1, constant and in steps
        "failover.yaml", // threshold 0 and 11, capacity 1.2, failover keys on single-region
        "fault-targets.yaml", // a key of another fault type, both tenant and name, neither
        "fault-time.yaml", // a fault without at
        "fault-values.yaml", // fraction 1.5, a negative delay, a step that is not a pair
        "several-problems.yaml", // a misspelt mode, count 0, missing duration
        "tenant-dns.yaml", // an empty provider, an unknown key, empty and repeated names
        "top-level-list.yaml", // a list instead of a mapping
        "unknown-fault-type.yaml", // a fault type that does not exist
        "unknown-key.yaml", // misspelt keys
        "unknown-profile.yaml", // 3 hourly multipliers instead of 24
        "wrong-type.yaml", // text for numbers, a number for a duration, a bad strategy
      })
  void schemaLevelMistakeFailsTheSchema(String fixture) throws Exception {
    Path file = INVALID.resolve(fixture);
    assertFalse(errors(SCENARIO_SCHEMA, file).isEmpty(), fixture + " passed the schema");
    assertThrows(
        ScenarioException.class, () -> ScenarioDocument.read(file).toSpec(Long.MAX_VALUE, 1));
  }

  /**
   * Fixtures whose mistakes only the validator sees: the schema accepts them, the validator does
   * not.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "duplicate-key.yaml", // the JSON tree keeps one value of a repeated key
        "duplicate-tenant.yaml", // ids repeated after count expansion
        "unknown-region.yaml", // references to regions that are not declared
        "too-much-memory.yaml", // the memory estimate
      })
  void semanticMistakePassesTheSchemaButNotTheValidator(String fixture) throws Exception {
    Path file = INVALID.resolve(fixture);
    assertEquals(List.of(), errors(SCENARIO_SCHEMA, file), fixture);
    assertThrows(ScenarioException.class, () -> ScenarioDocument.read(file).toSpec(1L << 30, 2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bad-ranges.yaml", // samples 1, bounds of mixed kinds, text bounds
        "empty-values.yaml", // an empty list of values, a value that is not a list
        "no-design.yaml", // no design, replications 0
        "two-designs.yaml", // vary and points together
        "unknown-keys.yaml", // misspelt keys at the top, in latinHypercube and precision
        "unknown-metric.yaml", // a metric that does not exist
      })
  void schemaLevelSweepMistakeFailsTheSchema(String fixture) throws IOException {
    assertFalse(
        errors(SWEEP_SCHEMA, INVALID_SWEEPS.resolve(fixture)).isEmpty(),
        fixture + " passed the schema");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "baseline-no-match.yaml", "baseline-out-of-range.yaml", "duplicate-key.yaml",
            "inconsistent-points.yaml",
        "invalid-point.yaml", "missing-scenario.yaml", "precision-cap.yaml", "unknown-path.yaml",
      })
  void sweepMistakeThatDependsOnTheScenarioPassesTheSchema(String fixture) throws IOException {
    assertEquals(List.of(), errors(SWEEP_SCHEMA, INVALID_SWEEPS.resolve(fixture)), fixture);
  }
}
