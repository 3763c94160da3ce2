package org.outagesim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.outagesim.scenario.Node.Scalar.Kind;

/**
 * Turns YAML text into a {@link Node} tree that remembers the line of every key and value. It
 * relies on Jackson's streaming YAML parser for the syntax and adds what Jackson leaves out:
 * duplicate keys are reported (the first value is kept) instead of silently overwritten, and a
 * syntax error names the line and column of the offending character ({@link YamlSyntaxError}).
 */
final class YamlTreeReader {
  private static final YAMLFactory YAML = new YAMLFactory();

  private final String file;
  private final ProblemList problems;
  private final Origin fixedOrigin;

  /**
   * @param file the name reported in problems and stored in each node's origin
   * @param problems where duplicate keys and syntax errors are reported
   */
  YamlTreeReader(String file, ProblemList problems) {
    this(file, problems, null);
  }

  private YamlTreeReader(String file, ProblemList problems, Origin fixedOrigin) {
    this.file = file;
    this.problems = problems;
    this.fixedOrigin = fixedOrigin;
  }

  /** A reader for a command-line value: all its nodes get {@code origin}. */
  static YamlTreeReader forOverride(ProblemList problems, Origin origin) {
    return new YamlTreeReader(origin.file(), problems, origin);
  }

  /** The first document's root, or {@code null} when the text holds no value or is not YAML. */
  Node read(String text) {
    try (JsonParser parser = YAML.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      Node root = readValue(parser, first);
      if (parser.nextToken() != null) {
        problems.add(origin(parser), "", "a scenario file holds one YAML document, found another");
      }
      return root;
    } catch (JsonProcessingException e) {
      YamlSyntaxError error = YamlSyntaxError.of(e);
      if (fixedOrigin != null) {
        problems.add(fixedOrigin, "", "invalid YAML: " + error.problem());
      } else {
        problems.add(error.in(file));
      }
      return null;
    } catch (IOException e) {
      problems.add(new Origin(file, 0), "", "cannot read: " + e.getMessage());
      return null;
    }
  }

  private Node readValue(JsonParser parser, JsonToken token) throws IOException {
    Origin origin = origin(parser);
    return switch (token) {
      case START_OBJECT -> readMapping(parser, origin);
      case START_ARRAY -> readSequence(parser, origin);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new Node.Scalar(origin, parser.getText(), Kind.NUMBER, number(parser, token));
      case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(origin, parser.getText(), Kind.BOOLEAN, null);
      case VALUE_NULL -> new Node.Scalar(origin, parser.getText(), Kind.NULL, null);
      default -> new Node.Scalar(origin, parser.getText(), Kind.STRING, null);
    };
  }

  private static Number number(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getBigIntegerValue();
    }
    String text = parser.getText().toLowerCase(java.util.Locale.ROOT);
    if (text.endsWith(".inf")) {
      return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return text.equals(".nan") ? Double.NaN : parser.getDoubleValue();
  }

  private Node.Mapping readMapping(JsonParser parser, Origin origin) throws IOException {
    Node.Mapping mapping = Node.Mapping.empty(origin);
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Origin keyOrigin = origin(parser);
      Node value = readValue(parser, parser.nextToken());
      if (mapping.entries().containsKey(key)) {
        int firstLine = mapping.entries().get(key).keyOrigin().line();
        problems.add(
            keyOrigin, "", "duplicate key '" + key + "' (first on line " + firstLine + ")");
      } else {
        mapping.put(key, keyOrigin, value);
      }
    }
    expect(token, JsonToken.END_OBJECT);
    return mapping;
  }

  private Node.Sequence readSequence(JsonParser parser, Origin origin) throws IOException {
    List<Node> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IOException("unexpected end of input in a list");
      }
      items.add(readValue(parser, token));
    }
    return new Node.Sequence(origin, items);
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("unexpected " + actual + ", expected " + expected);
    }
  }

  private Origin origin(JsonParser parser) {
    if (fixedOrigin != null) {
      return fixedOrigin;
    }
    return new Origin(file, parser.currentTokenLocation().getLineNr());
  }
}
