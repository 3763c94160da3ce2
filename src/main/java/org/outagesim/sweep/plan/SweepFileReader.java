package org.outagesim.sweep.plan;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.outagesim.scenario.FileKind;
import org.outagesim.scenario.YamlSyntaxError;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.ComparisonPlan;
import org.outagesim.sweep.plan.DesignReader.Design;
import org.outagesim.sweep.plan.SweepDraft.PrecisionDraft;

/**
 * Reads a sweep file into a {@link SweepDraft}: checks its keys (unknown ones with a did-you-mean
 * hint), resolves {@code scenario} against the sweep file's folder, and reads the design, the
 * replications, metrics, baseline and precision. Every problem is reported with the file's line and
 * the key's path; reading goes on after a problem so that all are found at once.
 */
final class SweepFileReader {
  static final List<String> KEYS = List.copyOf(SweepShape.TOP.keySet());
  private static final List<String> PRECISION_KEYS = List.copyOf(SweepShape.PRECISION.keySet());
  private static final JsonPointer ROOT = JsonPointer.empty();

  private final Path sweepFile;
  private final String file;
  private final PlanProblems problems;
  private SweepFields fields;

  private SweepFileReader(Path sweepFile, PlanProblems problems) {
    this.sweepFile = sweepFile;
    this.file = sweepFile.toString();
    this.problems = problems;
  }

  /**
   * The draft, or {@code null} when the file cannot be read as a sweep at all (problems say why).
   */
  static SweepDraft read(Path sweepFile, PlanProblems problems) {
    return new SweepFileReader(sweepFile, problems).read();
  }

  private SweepDraft read() {
    SweepYaml yaml = parse();
    if (yaml == null) {
      return null;
    }
    fields = new SweepFields(yaml, problems);
    JsonNode root = yaml.root();
    if (!root.isObject()) {
      problems.add(
          new Place(file, root.isMissingNode() ? 0 : yaml.place(ROOT).line()),
          "",
          root.isMissingNode() || root.isNull()
              ? "empty file, expected a sweep mapping"
              : "expected a mapping of sweep keys at the top level, got "
                  + SweepYaml.describe(root));
      return null;
    }
    if (FileKind.of(keys(root)) == FileKind.SCENARIO) {
      problems.add(
          new Place(file, 0),
          "",
          "this is a scenario file: a scenario needs --vary PATH=V1,V2,..."
              + " (like --vary 'tenants[*].deployment.ttl=10s,60s') or a sweep file that names it");
      return null;
    }
    fields.checkKeys(root, ROOT, "", KEYS);
    Path scenario = scenario(root);
    Design design = design(root);
    SweepDraft.CompareDraft compare =
        root.has("compare") && "comparison".equals(design.name())
            ? new CompareReader(fields).read(root.get("compare"))
            : null;
    Integer replications =
        root.has("replications")
            ? fields.integer(
                root.get("replications"),
                ROOT.appendProperty("replications"),
                "replications",
                SweepShape.MIN_REPLICATIONS)
            : null;
    List<Metric> metrics = metrics(root);
    BaselineChoice baseline = baseline(root);
    PrecisionDraft precision =
        root.has("precision") ? precision(root.get("precision"), metrics) : null;
    return new SweepDraft(
        file,
        scenario,
        design.name(),
        design.parameters(),
        design.parameterPlaces(),
        design.points(),
        replications,
        metrics,
        baseline,
        precision,
        overrides(root),
        compare);
  }

  /** The file's {@code set}: a mapping path → value, as {@code path=value} overrides. */
  private List<String> overrides(JsonNode root) {
    JsonNode node = root.get("set");
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    JsonPointer at = ROOT.appendProperty("set");
    if (fields.mapping(node, at, "set", "{ tenants[*].cost.serverHour: 150 }") == null) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(e.getKey() + "=" + SweepYaml.valueText(e.getValue()));
    }
    return out;
  }

  private static List<String> keys(JsonNode mapping) {
    List<String> out = new ArrayList<>();
    mapping.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private SweepYaml parse() {
    String text;
    try {
      if (Files.isDirectory(sweepFile)) {
        problems.add(new Place(file, 0), "", "is a folder, expected a sweep file");
        return null;
      }
      text = Files.readString(sweepFile);
    } catch (NoSuchFileException e) {
      problems.add(new Place(file, 0), "", "cannot read: no such file");
      return null;
    } catch (CharacterCodingException e) {
      problems.add(new Place(file, 0), "", "cannot read: not UTF-8 text");
      return null;
    } catch (IOException e) {
      problems.add(new Place(file, 0), "", "cannot read: " + e.getMessage());
      return null;
    }
    try {
      return SweepYaml.parse(file, text);
    } catch (JsonProcessingException e) {
      problems.add(YamlSyntaxError.of(e).in(file));
      return null;
    }
  }

  /**
   * The scenario path resolved against the sweep file's folder, or {@code null} if it is unusable.
   */
  private Path scenario(JsonNode root) {
    JsonPointer at = ROOT.appendProperty("scenario");
    JsonNode node = root.get("scenario");
    if (node == null) {
      fields.report(
          ROOT, "", "missing key 'scenario': the scenario file to sweep, relative to this file");
      return null;
    }
    if (!node.isTextual() || node.textValue().isBlank()) {
      fields.report(at, "scenario", "expected a file name, got " + SweepYaml.describe(node));
      return null;
    }
    Path resolved = sweepFile.resolveSibling(node.textValue()).normalize();
    if (!Files.exists(resolved)) {
      fields.report(
          at,
          "scenario",
          "no such file: " + resolved + " (" + node.textValue() + " relative to the sweep file)");
      return null;
    }
    if (Files.isDirectory(resolved)) {
      fields.report(at, "scenario", resolved + " is a folder, expected a scenario file");
      return null;
    }
    return resolved;
  }

  private Design design(JsonNode root) {
    List<String> present = DesignReader.DESIGN_KEYS.stream().filter(root::has).toList();
    if (present.isEmpty()) {
      fields.report(
          ROOT,
          "",
          "missing the design: give one of vary (a full grid), points (a list of points),"
              + " latinHypercube (sampled ranges) or compare (deployment designs)");
      return new Design("grid", List.of(), Map.of(), null);
    }
    if (present.size() > 1) {
      fields.report(
          ROOT.appendProperty(present.get(1)),
          present.get(1),
          "give only one of vary, points, latinHypercube and compare; this file has "
              + String.join(" and ", present));
    }
    if (present.get(0).equals("compare")) {
      return new Design("comparison", List.of(ComparisonPlan.PARAMETER), Map.of(), null);
    }
    return new DesignReader(fields).read(present.get(0), root.get(present.get(0)));
  }

  private List<Metric> metrics(JsonNode root) {
    JsonNode node = root.get("metrics");
    if (node == null) {
      return MetricNames.DEFAULT;
    }
    JsonPointer at = ROOT.appendProperty("metrics");
    List<String> names = new ArrayList<>();
    if (node.isTextual()) {
      names.add(node.textValue());
    } else if (node.isArray() && !node.isEmpty() && allScalars(node)) {
      node.forEach(n -> names.add(SweepYaml.valueText(n)));
    } else {
      fields.report(
          at,
          "metrics",
          "expected a non-empty list of metric names like [transactions_lost, revenue_lost], got "
              + (node.isArray() ? "an empty list" : SweepYaml.describe(node)));
      return MetricNames.DEFAULT;
    }
    List<Metric> metrics = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      JsonPointer p = node.isArray() ? at.appendIndex(i) : at;
      Metric m = MetricNames.parse(names.get(i), fields.place(p), "metrics", problems);
      if (m != null && !metrics.contains(m)) {
        metrics.add(m);
      }
    }
    return metrics.isEmpty() ? MetricNames.DEFAULT : metrics;
  }

  private static boolean allScalars(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false).allMatch(JsonNode::isValueNode);
  }

  private BaselineChoice baseline(JsonNode root) {
    JsonNode node = root.get("baseline");
    if (node == null) {
      return BaselineChoice.FIRST;
    }
    JsonPointer at = ROOT.appendProperty("baseline");
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return new BaselineChoice.Index(node.intValue(), fields.place(at), "baseline");
    }
    if (node.isObject() && !node.isEmpty()) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        values.put(e.getKey(), SweepYaml.valueText(e.getValue()));
      }
      return new BaselineChoice.Match(values, fields.place(at));
    }
    fields.report(
        at,
        "baseline",
        "expected a point's index (like 0) or its values (like { tenants[shop].deployment.ttl: 60s }),"
            + " got "
            + SweepYaml.describe(node));
    return null;
  }

  private PrecisionDraft precision(JsonNode node, List<Metric> metrics) {
    JsonPointer at = ROOT.appendProperty("precision");
    String example = "{ metric: transactions_lost, relative: 0.05, maxReplications: 100 }";
    if (fields.mapping(node, at, "precision", example) == null) {
      return null;
    }
    fields.checkKeys(node, at, "precision", PRECISION_KEYS);
    Metric metric = metrics.get(0);
    if (node.has("metric")) {
      JsonNode m = node.get("metric");
      metric =
          MetricNames.parse(
              SweepYaml.valueText(m),
              fields.place(at.appendProperty("metric")),
              "precision.metric",
              problems);
    }
    Double relative = relative(node.get("relative"), at);
    Integer max = null;
    if (node.has("maxReplications")) {
      max =
          fields.integer(
              node.get("maxReplications"),
              at.appendProperty("maxReplications"),
              "precision.maxReplications",
              SweepShape.MIN_MAX_REPLICATIONS);
    } else {
      fields.report(
          at, "precision", "missing key 'maxReplications': the most replications a point may get");
    }
    return metric == null || relative == null || max == null
        ? null
        : new PrecisionDraft(metric, relative, max, fields.place(at));
  }

  private Double relative(JsonNode node, JsonPointer parent) {
    if (node == null) {
      fields.report(
          parent,
          "precision",
          "missing key 'relative': the wanted 95% half-width as a fraction of the mean, like 0.05");
      return null;
    }
    if (!node.isNumber() || !(node.doubleValue() > 0) || !(node.doubleValue() < 1)) {
      fields.report(
          parent.appendProperty("relative"),
          "precision.relative",
          "expected a number between 0 and 1 (exclusive), like 0.05, got "
              + SweepYaml.describe(node));
      return null;
    }
    return node.doubleValue();
  }
}
