package org.outagesim.sweep.plan;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.outagesim.sweep.plan.SweepDraft.CompareDraft;
import org.outagesim.sweep.plan.SweepDraft.Named;

/**
 * Reads the {@code compare} section of a comparison file: {@code tenants} (a list of ids or {@code
 * '*'}), {@code designs} (a list of names), and the optional {@code secondary} and {@code
 * incidentsPerYear}. Names are checked against the scenario later, by {@link ComparisonPlanner}.
 */
final class CompareReader {
  private static final JsonPointer AT = JsonPointer.empty().appendProperty("compare");
  private static final List<String> KEYS = List.copyOf(SweepShape.COMPARE.keySet());

  private final SweepFields fields;

  CompareReader(SweepFields fields) {
    this.fields = fields;
  }

  /** The comparison as written, or {@code null} when it is not a mapping (reported). */
  CompareDraft read(JsonNode node) {
    String example = "{ tenants: '*', designs: [single-region, active-passive-deep] }";
    if (fields.mapping(node, AT, "compare", example) == null) {
      return null;
    }
    fields.checkKeys(node, AT, "compare", KEYS);
    JsonPointer tenantsAt = AT.appendProperty("tenants");
    JsonNode tenants = node.get("tenants");
    boolean all = false;
    List<Named> ids = new ArrayList<>();
    if (tenants == null) {
      fields.report(
          AT, "compare", "missing key 'tenants': the tenants to switch, a list of ids or '*'");
    } else if (tenants.isTextual() && tenants.textValue().equals("*")) {
      all = true;
    } else {
      ids = names(tenants, tenantsAt, "compare.tenants", "a list of tenant ids or '*'");
    }
    JsonPointer designsAt = AT.appendProperty("designs");
    JsonNode designs = node.get("designs");
    List<Named> names = new ArrayList<>();
    if (designs == null) {
      fields.report(
          AT,
          "compare",
          "missing key 'designs': the designs to compare, like [single-region, active-passive-deep]");
    } else {
      names = names(designs, designsAt, "compare.designs", "a list of design names");
    }
    Named secondary = null;
    JsonNode s = node.get("secondary");
    if (s != null) {
      JsonPointer at = AT.appendProperty("secondary");
      if (s.isTextual() && !s.textValue().isBlank()) {
        secondary = new Named(s.textValue(), fields.place(at));
      } else {
        fields.report(
            at, "compare.secondary", "expected a region id, got " + SweepYaml.describe(s));
      }
    }
    Double incidents = null;
    JsonNode f = node.get("incidentsPerYear");
    if (f != null) {
      JsonPointer at = AT.appendProperty("incidentsPerYear");
      if (f.isNumber() && Double.isFinite(f.doubleValue()) && f.doubleValue() >= 0) {
        incidents = f.doubleValue();
      } else {
        fields.report(
            at,
            "compare.incidentsPerYear",
            "expected a number of incidents a year, at least 0 (like 0.5), got "
                + SweepYaml.describe(f));
      }
    }
    return new CompareDraft(
        all,
        ids,
        fields.place(tenants == null ? AT : tenantsAt),
        names,
        fields.place(designs == null ? AT : designsAt),
        secondary,
        incidents);
  }

  private List<Named> names(JsonNode node, JsonPointer at, String path, String expected) {
    List<Named> out = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      fields.report(
          at,
          path,
          "expected "
              + expected
              + ", got "
              + (node.isArray() ? "an empty list" : SweepYaml.describe(node)));
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode n = node.get(i);
      JsonPointer p = at.appendIndex(i);
      if (n.isTextual() && !n.textValue().isBlank()) {
        out.add(new Named(n.textValue(), fields.place(p)));
      } else {
        fields.report(p, path, "expected a name, got " + SweepYaml.describe(n));
      }
    }
    return out;
  }
}
