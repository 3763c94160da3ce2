package org.outagesim.sweep.plan;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/**
 * Reads typed values out of a sweep file's tree, reporting a wrong type or an unknown key at the
 * node's line with its key path ({@code latinHypercube.samples}).
 */
final class SweepFields {
  private final SweepYaml yaml;
  private final PlanProblems problems;

  SweepFields(SweepYaml yaml, PlanProblems problems) {
    this.yaml = yaml;
    this.problems = problems;
  }

  PlanProblems problems() {
    return problems;
  }

  Place place(JsonPointer pointer) {
    return yaml.place(pointer);
  }

  void report(JsonPointer pointer, String path, String message) {
    problems.add(place(pointer), path, message);
  }

  /** Reports every key of {@code mapping} that is not {@code known}, with a did-you-mean hint. */
  void checkKeys(JsonNode mapping, JsonPointer at, String pathPrefix, List<String> known) {
    for (Iterator<String> it = mapping.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        report(at.appendProperty(key), pathPrefix, DidYouMean.unknown("key", key, known));
      }
    }
  }

  /**
   * The integer at {@code node}, or {@code null} after reporting that it is not one or below {@code
   * min}.
   */
  Integer integer(JsonNode node, JsonPointer at, String path, int min) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      report(at, path, "expected an integer, got " + SweepYaml.describe(node));
      return null;
    }
    if (node.intValue() < min) {
      report(at, path, "must be at least " + min + ", got " + node.intValue());
      return null;
    }
    return node.intValue();
  }

  /** The mapping at {@code node}, or {@code null} after reporting that it is something else. */
  JsonNode mapping(JsonNode node, JsonPointer at, String path, String example) {
    if (!node.isObject()) {
      report(at, path, "expected a mapping like " + example + ", got " + SweepYaml.describe(node));
      return null;
    }
    return node;
  }
}
