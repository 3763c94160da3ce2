package org.outagesim.sweep.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.UncertainSpec;
import org.outagesim.scenario.ScenarioDocument;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.AssumptionPlan;
import org.outagesim.sweep.ScenarioChange;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

/**
 * Plans the studies of a scenario's assumptions ({@link AssumptionPlan}): a Latin-hypercube
 * uncertainty sample, one-at-a-time low/high runs, or Morris trajectories. The designs are drawn
 * from a Mersenne Twister seeded with the scenario's seed, so the same file gives the same points.
 */
public final class AssumptionPlanner {

  /** The metrics a study summarises unless told otherwise. */
  public static final List<Metric> METRICS =
      List.of(Metric.TRANSACTIONS_LOST, Metric.REVENUE_LOST, Metric.DEGRADED_MINUTES);

  /** The parameter columns of a one-at-a-time study. */
  public static final List<String> OAT_COLUMNS = List.of("parameter", "end", "value");

  /** The first parameter columns of a Morris study, before one column per uncertain path. */
  public static final List<String> MORRIS_COLUMNS = List.of("trajectory", "step");

  /** Morris levels unless told otherwise. */
  public static final int DEFAULT_LEVELS = 4;

  private static final Place REPLICATIONS_OPTION = new Place("--replications", 0);
  private static final Place METRIC_OPTION = new Place("--metric", 0);

  private AssumptionPlanner() {}

  /** The scenario, its uncertain values and its replications, checked. */
  private record Base(ScenarioSpec spec, List<UncertainSpec> uncertain, int replications) {}

  private static Base base(
      Path file, List<String> overrides, Integer replications, PlanProblems problems)
      throws ScenarioException {
    if (replications != null && replications < 1) {
      problems.add(REPLICATIONS_OPTION, "", "must be at least 1, got " + replications);
    }
    ScenarioSpec spec = null;
    List<UncertainSpec> uncertain = List.of();
    try {
      ScenarioDocument.Validated doc =
          ScenarioDocument.read(file).withOverrides(overrides).validate();
      spec = doc.spec();
      uncertain = doc.uncertain();
    } catch (ScenarioException e) {
      problems.addAll(e.problems());
    }
    if (spec != null && uncertain.isEmpty()) {
      problems.add(
          new Place(file.toString(), 0),
          "",
          "declares no uncertain values; add a section like"
              + " uncertain: { tenants[*].user.returnProbability: { uniform: [0.1, 0.5] } }");
    }
    problems.throwIfAny(null);
    return new Base(spec, uncertain, replications != null ? replications : spec.replications());
  }

  /**
   * The base case and {@code samples} Latin-hypercube samples of every uncertain value: sample
   * {@code i} puts value {@code d} at its distribution's quantile of the design's coordinate.
   */
  public static AssumptionPlan uncertainty(
      Path file,
      List<String> overrides,
      int samples,
      Integer replications,
      List<String> metricNames)
      throws ScenarioException {
    PlanProblems problems = new PlanProblems();
    List<Metric> metrics = MetricNames.parseAll(metricNames, METRIC_OPTION, "", problems);
    if (samples < 2) {
      problems.add(new Place("--uncertainty", 0), "", "must be at least 2 samples, got " + samples);
    }
    Base b = base(file, overrides, replications, problems);
    List<String> paths = b.uncertain().stream().map(UncertainSpec::path).toList();
    double[][] unit = LatinHypercube.unitDesign(samples, paths.size(), b.spec().seed());
    List<SweepPoint> points = new ArrayList<>();
    points.add(basePoint(paths));
    for (double[] row : unit) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int d = 0; d < paths.size(); d++) {
        values.put(paths.get(d), b.uncertain().get(d).distribution().valueAt(row[d]));
      }
      points.add(new SweepPoint(points.size(), values));
    }
    return new AssumptionPlan(
        sweep(file, overrides, AssumptionPlan.Kind.UNCERTAINTY, paths, points, b, metrics),
        AssumptionPlan.Kind.UNCERTAINTY,
        b.uncertain(),
        List.of(),
        0,
        0);
  }

  /** The base case, then each uncertain value at its 5th and then its 95th percentile. */
  public static AssumptionPlan oneAtATime(
      Path file, List<String> overrides, Integer replications, List<String> metricNames)
      throws ScenarioException {
    PlanProblems problems = new PlanProblems();
    List<Metric> metrics = MetricNames.parseAll(metricNames, METRIC_OPTION, "", problems);
    Base b = base(file, overrides, replications, problems);
    List<SweepPoint> points = new ArrayList<>();
    points.add(new SweepPoint(0, oatValues("base", "", ""), List.of(), ScenarioChange.NONE));
    for (UncertainSpec u : b.uncertain()) {
      for (String end : List.of("low", "high")) {
        String value =
            u.distribution().valueAt(end.equals("low") ? AssumptionPlan.LOW : AssumptionPlan.HIGH);
        points.add(
            new SweepPoint(
                points.size(),
                oatValues(u.path(), end, value),
                List.of(u.path() + "=" + value),
                ScenarioChange.NONE));
      }
    }
    return new AssumptionPlan(
        sweep(file, overrides, AssumptionPlan.Kind.ONE_AT_A_TIME, OAT_COLUMNS, points, b, metrics),
        AssumptionPlan.Kind.ONE_AT_A_TIME,
        b.uncertain(),
        List.of(),
        0,
        0);
  }

  /**
   * Morris trajectories on a grid of {@code levels} levels in [0, 1], Δ = p / (2 (p − 1)): each
   * trajectory starts at a point whose coordinates are drawn from the levels in [0, 1 − Δ] and
   * moves the values up by Δ one at a time, in a random order. A unit coordinate x stands for the
   * distribution's quantile 0.05 + 0.9 x, so the levels span its 5th to 95th percentiles.
   */
  public static AssumptionPlan morris(
      Path file,
      List<String> overrides,
      int trajectories,
      int levels,
      Integer replications,
      List<String> metricNames)
      throws ScenarioException {
    PlanProblems problems = new PlanProblems();
    List<Metric> metrics = MetricNames.parseAll(metricNames, METRIC_OPTION, "", problems);
    if (trajectories < 2) {
      problems.add(new Place("--trajectories", 0), "", "must be at least 2, got " + trajectories);
    }
    if (levels < 2 || levels % 2 != 0) {
      problems.add(new Place("--levels", 0), "", "must be an even number >= 2, got " + levels);
    }
    Base b = base(file, overrides, replications, problems);
    MorrisDesign design =
        MorrisDesign.of(
            b.uncertain().size(), trajectories, levels, new MersenneTwister(b.spec().seed()));
    List<String> paths = b.uncertain().stream().map(UncertainSpec::path).toList();
    List<String> columns = new ArrayList<>(MORRIS_COLUMNS);
    columns.addAll(paths);
    List<SweepPoint> points = new ArrayList<>();
    for (int t = 0; t < trajectories; t++) {
      double[][] steps = design.points().get(t);
      for (int s = 0; s < steps.length; s++) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("trajectory", Integer.toString(t + 1));
        values.put("step", Integer.toString(s));
        List<String> sets = new ArrayList<>();
        for (int d = 0; d < paths.size(); d++) {
          String v =
              b.uncertain().get(d).distribution().valueAt(MorrisDesign.quantile(steps[s][d]));
          values.put(paths.get(d), v);
          sets.add(paths.get(d) + "=" + v);
        }
        points.add(new SweepPoint(points.size(), values, sets, ScenarioChange.NONE));
      }
    }
    return new AssumptionPlan(
        sweep(file, overrides, AssumptionPlan.Kind.MORRIS, columns, points, b, metrics),
        AssumptionPlan.Kind.MORRIS,
        b.uncertain(),
        design.moved(),
        design.delta(),
        levels);
  }

  private static Map<String, String> oatValues(String parameter, String end, String value) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("parameter", parameter);
    v.put("end", end);
    v.put("value", value);
    return v;
  }

  private static SweepPoint basePoint(List<String> paths) {
    Map<String, String> values = new LinkedHashMap<>();
    paths.forEach(p -> values.put(p, "base"));
    return new SweepPoint(0, values, List.of(), ScenarioChange.NONE);
  }

  private static SweepPlan sweep(
      Path file,
      List<String> overrides,
      AssumptionPlan.Kind kind,
      List<String> parameters,
      List<SweepPoint> points,
      Base b,
      List<Metric> metrics) {
    return new SweepPlan(
        file,
        overrides,
        kind.toString(),
        parameters,
        points,
        b.replications(),
        metrics.isEmpty() ? METRICS : metrics,
        0,
        null);
  }
}
