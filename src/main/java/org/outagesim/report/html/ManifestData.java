package org.outagesim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report needs of {@code manifest.json}: how the run was made and the resolved scenario's
 * name, description, start, horizon and faults. Missing keys read as empty text or {@code NaN}, so
 * a report can still be written from an older or hand-edited manifest.
 */
record ManifestData(
    String toolVersion,
    String scenarioFile,
    String scenarioSha256,
    List<String> overrides,
    String seed,
    String replications,
    String threads,
    double wallSeconds,
    String javaVersion,
    List<String> commandLine,
    String name,
    String description,
    OffsetDateTime start,
    double durationS,
    List<Fault> faults) {

  /** The keys that name what a fault hits, in the order they are shown. */
  private static final List<String> TARGET_KEYS = List.of("tenant", "name", "provider", "region");

  ManifestData {
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
    faults = List.copyOf(faults);
  }

  static ManifestData of(JsonNode m) {
    JsonNode s = m.path("scenario");
    List<Fault> faults = new ArrayList<>();
    for (JsonNode f : s.path("faults")) {
      faults.add(fault(f));
    }
    return new ManifestData(
        m.path("tool_version").asText(""),
        m.path("scenario_file").asText(""),
        m.path("scenario_sha256").asText(""),
        texts(m.path("overrides")),
        m.path("seed").asText(""),
        m.path("replications").asText(""),
        m.path("threads").asText(""),
        number(m.path("wall_seconds")),
        m.path("java_version").asText(""),
        texts(m.path("command_line")),
        s.path("name").asText(""),
        s.path("description").asText(""),
        OffsetDateTime.parse(s.path("start").asText()),
        number(s.path("duration_s")),
        faults);
  }

  /**
   * One fault window.
   *
   * @param type the scenario key, e.g. {@code region-resolver-failure}
   * @param target what it hits, e.g. {@code region ap-northeast-2}
   * @param mode how failing lookups are answered ({@code servfail}, …), or empty
   */
  record Fault(String type, String target, String mode, double atS, double durationS) {

    double endS() {
      return atS + durationS;
    }
  }

  private static Fault fault(JsonNode f) {
    List<String> parts = new ArrayList<>();
    for (String key : TARGET_KEYS) {
      if (f.path(key).isTextual()) {
        parts.add(key + " " + f.path(key).asText());
      }
    }
    return new Fault(
        f.path("type").asText(""),
        String.join(", ", parts),
        f.path("mode").asText(""),
        number(f.path("at_s")),
        number(f.path("duration_s")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }
}
