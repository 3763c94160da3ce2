package org.outagesim.sweep.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A sweep file as a Jackson tree, plus the line of every node, which the tree itself forgets. The
 * lines come from a second pass of Jackson's streaming parser over the same text, keyed by each
 * token's JSON pointer ({@code /vary/tenants[x].ttl/1}); a mapping entry gets the line of its key.
 * Duplicate keys are errors (Jackson's strict duplicate detection), and decimals are kept as
 * written ({@code 0.30} stays {@code 0.30}) so that values reach the scenario unchanged.
 */
final class SweepYaml {
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final String file;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private SweepYaml(String file, JsonNode root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  /**
   * Parses the text.
   *
   * @throws JsonProcessingException when it is not YAML, with the location of the error
   */
  static SweepYaml parse(String file, String text) throws JsonProcessingException {
    JsonNode root = YAML.readTree(text);
    return new SweepYaml(file, root, lines(text));
  }

  private static Map<String, Integer> lines(String text) throws JsonProcessingException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = ((YAMLFactory) YAML.getFactory()).createParser(text)) {
      while (parser.nextToken() != null) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string", e);
    }
    return lines;
  }

  /** The root node; a missing node when the file holds no document. */
  JsonNode root() {
    return root == null ? YAML.missingNode() : root;
  }

  /** The place of the node at {@code pointer}, or of its nearest ancestor that has a line. */
  Place place(JsonPointer pointer) {
    for (JsonPointer p = pointer; p != null; p = p.head()) {
      Integer line = lines.get(p.toString());
      if (line != null) {
        return new Place(file, line);
      }
    }
    return new Place(file, 0);
  }

  /**
   * A scalar as override text ({@code 10s}, {@code 0.30}, {@code true}); a list or mapping as JSON,
   * which the scenario reads as YAML flow style; null as the empty text (the key's default).
   */
  static String valueText(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().toPlainString();
    }
    if (node.isNull() || node.isMissingNode()) {
      return "";
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed tree is always writable", e);
    }
  }

  /** How a node is named in messages: {@code 'text'}, {@code a list}, {@code a mapping}. */
  static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isNull()) {
      return "nothing";
    }
    return "'" + valueText(node) + "'";
  }
}
