package org.outagesim.sweep.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outagesim.model.spec.DesignPresets;
import org.outagesim.model.spec.DesignSpec;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.scenario.ScenarioDocument;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.ComparisonPlan;
import org.outagesim.sweep.DesignChange;
import org.outagesim.sweep.ScenarioChange;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;
import org.outagesim.sweep.plan.SweepDraft.CompareDraft;
import org.outagesim.sweep.plan.SweepDraft.Named;
import org.outagesim.sweep.plan.SweepDraft.PrecisionDraft;

/**
 * Builds a validated {@link ComparisonPlan} from a comparison file (a sweep file with {@code
 * compare}) or from {@code compare}'s options. The scenario is loaded under the overrides (the
 * file's {@code set}, then {@code --set}); the tenants and designs are looked up in it (presets,
 * then the scenario's {@code designs}); and every design that needs a secondary region is checked
 * to have one that differs from each tenant's primary. Every problem is collected and thrown at
 * once.
 */
public final class ComparisonPlanner {

  /** What every comparison summarises, after the metrics a file names. */
  public static final List<Metric> METRICS =
      List.of(
          Metric.TRANSACTIONS_LOST,
          Metric.REVENUE_LOST,
          Metric.DEGRADED_MINUTES,
          Metric.TIME_TO_FAILOVER_S,
          Metric.TIME_TO_RECOVER_S);

  /** The frequency when neither the command line, the file nor the scenario gives one. */
  public static final double DEFAULT_INCIDENTS_PER_YEAR = 1;

  private static final Place TENANTS_OPTION = new Place("--tenants", 0);
  private static final Place DESIGNS_OPTION = new Place("--designs", 0);
  private static final Place SECONDARY_OPTION = new Place("--secondary", 0);
  private static final Place INCIDENTS_OPTION = new Place("--incidents-per-year", 0);
  private static final Place REPLICATIONS_OPTION = new Place("--replications", 0);

  private ComparisonPlanner() {}

  /**
   * Plans the comparison of a comparison file.
   *
   * @param overrides {@code --set} overrides, applied after the file's {@code set}
   * @param secondary {@code --secondary}, or {@code null}: replaces the file's
   * @param incidentsPerYear {@code --incidents-per-year}, or {@code null}: replaces the file's
   * @throws ScenarioException with every problem
   */
  public static ComparisonPlan fromFile(
      Path file, List<String> overrides, String secondary, Double incidentsPerYear)
      throws ScenarioException {
    PlanProblems problems = new PlanProblems();
    SweepDraft draft = SweepFileReader.read(file, problems);
    String name = file.toString();
    if (draft == null) {
      problems.throwIfAny(name);
      throw new IllegalStateException("a comparison that cannot be read has problems");
    }
    if (draft.compare() == null) {
      if (!"comparison".equals(draft.design())) {
        problems.add(
            new Place(name, 0),
            "",
            "this sweep file has no compare section: run `outagesim sweep "
                + file
                + "`, or add compare: { tenants: ..., designs: [...] }");
      }
      problems.throwIfAny(name);
      throw new IllegalStateException("a comparison without a compare section has problems");
    }
    CompareDraft c = draft.compare();
    CompareDraft merged =
        new CompareDraft(
            c.allTenants(),
            c.tenants(),
            c.tenantsPlace(),
            c.designs(),
            c.designsPlace(),
            secondary != null ? new Named(secondary, SECONDARY_OPTION) : c.secondary(),
            incidentsPerYear != null ? incidentsPerYear : c.incidentsPerYear());
    List<String> all = new ArrayList<>(draft.overrides());
    all.addAll(overrides);
    return plan(draft, merged, all, incidentsPerYear != null, problems, name);
  }

  /**
   * Plans a comparison given on the command line.
   *
   * @param tenants {@code --tenants}: ids separated by commas, or {@code *}
   * @param designs {@code --designs}: names separated by commas
   * @param secondary {@code --secondary}, or {@code null}
   * @param incidentsPerYear {@code --incidents-per-year}, or {@code null} for the scenario's
   * @param replications {@code --replications}, or {@code null} for the scenario's
   * @throws ScenarioException with every problem
   */
  public static ComparisonPlan fromCommandLine(
      Path scenarioFile,
      List<String> overrides,
      String tenants,
      String designs,
      String secondary,
      Double incidentsPerYear,
      Integer replications)
      throws ScenarioException {
    PlanProblems problems = new PlanProblems();
    if (replications != null && replications < 1) {
      problems.add(REPLICATIONS_OPTION, "", "must be at least 1, got " + replications);
    }
    boolean all = tenants.strip().equals("*");
    CompareDraft compare =
        new CompareDraft(
            all,
            all ? List.of() : split(tenants, TENANTS_OPTION, problems),
            TENANTS_OPTION,
            split(designs, DESIGNS_OPTION, problems),
            DESIGNS_OPTION,
            secondary == null ? null : new Named(secondary, SECONDARY_OPTION),
            incidentsPerYear);
    SweepDraft draft =
        new SweepDraft(
            "--designs",
            scenarioFile,
            ComparisonPlan.KIND,
            List.of(ComparisonPlan.PARAMETER),
            Map.of(),
            null,
            replications != null && replications >= 1 ? replications : null,
            METRICS,
            BaselineChoice.FIRST,
            null,
            List.of(),
            compare);
    return plan(draft, compare, overrides, true, problems, null);
  }

  private static List<Named> split(String text, Place place, PlanProblems problems) {
    List<Named> out = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String name = part.strip();
      if (name.isEmpty()) {
        problems.add(
            place, "", "empty name in '" + text + "'; give names separated by commas, like a,b");
      } else {
        out.add(new Named(name, place));
      }
    }
    return out;
  }

  private static ComparisonPlan plan(
      SweepDraft draft,
      CompareDraft compare,
      List<String> overrides,
      boolean incidentsFromOption,
      PlanProblems problems,
      String file)
      throws ScenarioException {
    ScenarioSpec spec = null;
    if (draft.scenarioFile() != null) {
      try {
        spec = ScenarioDocument.read(draft.scenarioFile()).withOverrides(overrides).toSpec();
      } catch (ScenarioException e) {
        problems.addAll(e.problems());
      }
    }
    if (spec == null) {
      problems.throwIfAny(file);
      throw new IllegalStateException("a comparison without its scenario has problems");
    }
    List<TenantSpec> tenants = tenants(spec, compare, problems);
    Map<String, DesignSpec> designs = designs(spec, compare, problems);
    String secondary = secondary(spec, compare.secondary(), problems);
    checkSecondaries(tenants, designs, compare, secondary, problems);
    double incidents = incidents(spec, compare, incidentsFromOption, problems);
    int replications = draft.replications() != null ? draft.replications() : spec.replications();
    PrecisionDraft precision = draft.precision();
    if (precision != null && precision.maxReplications() < replications) {
      problems.add(
          precision.place(),
          "precision.maxReplications",
          "must be at least the replications per point ("
              + replications
              + "), got "
              + precision.maxReplications());
    }
    problems.throwIfAny(file);
    Set<String> ids = new LinkedHashSet<>();
    tenants.forEach(t -> ids.add(t.id()));
    List<SweepPoint> points = new ArrayList<>();
    points.add(point(0, DesignPresets.CURRENT, ScenarioChange.NONE));
    for (DesignSpec d : designs.values()) {
      points.add(point(points.size(), d.name(), new DesignChange(ids, d, secondary)));
    }
    SweepPlan sweep =
        new SweepPlan(
            draft.scenarioFile(),
            overrides,
            ComparisonPlan.KIND,
            List.of(ComparisonPlan.PARAMETER),
            points,
            replications,
            metrics(draft.metrics()),
            0,
            precision == null
                ? null
                : new SweepPlan.Precision(
                    precision.metric(), precision.relative(), precision.maxReplications()));
    return new ComparisonPlan(sweep, List.copyOf(ids), List.copyOf(designs.keySet()), incidents);
  }

  private static SweepPoint point(int index, String design, ScenarioChange change) {
    return new SweepPoint(index, Map.of(ComparisonPlan.PARAMETER, design), List.of(), change);
  }

  private static List<Metric> metrics(List<Metric> given) {
    Set<Metric> out = new LinkedHashSet<>(given);
    out.addAll(METRICS);
    return List.copyOf(out);
  }

  private static List<TenantSpec> tenants(
      ScenarioSpec spec, CompareDraft compare, PlanProblems problems) {
    if (compare.allTenants()) {
      return spec.tenants();
    }
    Map<String, TenantSpec> byId = new LinkedHashMap<>();
    spec.tenants().forEach(t -> byId.put(t.id(), t));
    Set<String> chosen = new LinkedHashSet<>();
    for (Named n : compare.tenants()) {
      if (!byId.containsKey(n.text())) {
        problems.add(
            n.place(), tenantsPath(n), DidYouMean.unknown("tenant", n.text(), byId.keySet()));
      } else if (!chosen.add(n.text())) {
        problems.add(n.place(), tenantsPath(n), "tenant '" + n.text() + "' is listed twice");
      }
    }
    return spec.tenants().stream().filter(t -> chosen.contains(t.id())).toList();
  }

  private static String tenantsPath(Named n) {
    return n.place().equals(TENANTS_OPTION) ? "" : "compare.tenants";
  }

  private static String designsPath(Named n) {
    return n.place().equals(DESIGNS_OPTION) ? "" : "compare.designs";
  }

  /** The designs in the order given, without {@code current}, which is always point 0. */
  private static Map<String, DesignSpec> designs(
      ScenarioSpec spec, CompareDraft compare, PlanProblems problems) {
    Map<String, DesignSpec> available = DesignPresets.available(spec);
    List<String> known = new ArrayList<>(available.keySet());
    known.add(0, DesignPresets.CURRENT);
    Map<String, DesignSpec> out = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Named n : compare.designs()) {
      if (!seen.add(n.text())) {
        problems.add(n.place(), designsPath(n), "design '" + n.text() + "' is listed twice");
      } else if (!n.text().equals(DesignPresets.CURRENT) && !available.containsKey(n.text())) {
        problems.add(
            n.place(),
            designsPath(n),
            DidYouMean.unknown("design", n.text(), known)
                + " (presets: "
                + String.join(", ", DesignPresets.all().keySet())
                + ", or a name under the scenario's designs)");
      } else if (!n.text().equals(DesignPresets.CURRENT)) {
        out.put(n.text(), available.get(n.text()));
      }
    }
    return out;
  }

  private static String secondary(ScenarioSpec spec, Named given, PlanProblems problems) {
    if (given == null) {
      return null;
    }
    List<String> regions = spec.regions().stream().map(RegionSpec::id).toList();
    if (!regions.contains(given.text())) {
      problems.add(
          given.place(),
          given.place().equals(SECONDARY_OPTION) ? "" : "compare.secondary",
          DidYouMean.unknown("region", given.text(), regions));
      return null;
    }
    return given.text();
  }

  private static void checkSecondaries(
      List<TenantSpec> tenants,
      Map<String, DesignSpec> designs,
      CompareDraft compare,
      String secondary,
      PlanProblems problems) {
    for (DesignSpec d : designs.values()) {
      if (!d.needsSecondary()) {
        continue;
      }
      Named written =
          compare.designs().stream().filter(n -> n.text().equals(d.name())).findFirst().get();
      List<String> without = new ArrayList<>();
      for (TenantSpec t : tenants) {
        String region = d.secondaryFor(t.deployment(), secondary);
        if (region == null) {
          without.add(t.id());
        } else if (region.equals(t.deployment().primary())) {
          problems.add(
              written.place(),
              designsPath(written),
              "design '"
                  + d.name()
                  + "' would put tenant "
                  + t.id()
                  + "'s secondary in its primary region "
                  + region
                  + "; the secondary must differ from the primary: choose another with"
                  + " --secondary (or compare.secondary), or in the design");
        }
      }
      if (!without.isEmpty() && (compare.secondary() == null || secondary != null)) {
        problems.add(
            written.place(),
            designsPath(written),
            "design '"
                + d.name()
                + "' needs a secondary region, and "
                + (without.size() == 1 ? "tenant " : "tenants ")
                + String.join(", ", without)
                + (without.size() == 1 ? " has" : " have")
                + " none: give --secondary REGION (or compare.secondary), or secondary in the"
                + " design");
      }
    }
  }

  private static double incidents(
      ScenarioSpec spec, CompareDraft compare, boolean fromOption, PlanProblems problems) {
    Double given = compare.incidentsPerYear();
    if (given != null) {
      if (!(given >= 0) || given.isInfinite()) {
        problems.add(
            fromOption ? INCIDENTS_OPTION : compare.designsPlace(),
            "",
            "must be a number of incidents a year, at least 0, got " + given);
        return DEFAULT_INCIDENTS_PER_YEAR;
      }
      return given;
    }
    return Double.isNaN(spec.incidentsPerYear())
        ? DEFAULT_INCIDENTS_PER_YEAR
        : spec.incidentsPerYear();
  }
}
