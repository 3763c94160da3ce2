package org.outagesim.sweep.run;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.outagesim.report.ReportJson;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MetricSummary;
import org.outagesim.sweep.SweepPlan;

/**
 * {@code manifest.json} of a sweep: how to repeat it (tool version, scenario file and hash, base
 * overrides, seed, the plan with every point's values) and what precision-based stopping did.
 * {@code engine} ({@code local} or {@code spark}), {@code threads} (of the local engine), {@code
 * wall_seconds}, {@code java_version} and {@code command_line} describe this execution and differ
 * between otherwise equal sweeps; a resumed sweep reports the wall time of its last part only.
 */
final class SweepManifest {

  static final String NAME = "manifest.json";

  private SweepManifest() {}

  @JsonPropertyOrder({
    "toolVersion",
    "scenarioFile",
    "scenarioSha256",
    "baseOverrides",
    "seed",
    "plan",
    "engine",
    "threads",
    "wallSeconds",
    "javaVersion",
    "commandLine"
  })
  record Manifest(
      String toolVersion,
      String scenarioFile,
      String scenarioSha256,
      List<String> baseOverrides,
      long seed,
      Plan plan,
      String engine,
      int threads,
      double wallSeconds,
      String javaVersion,
      List<String> commandLine) {}

  @JsonPropertyOrder({
    "design",
    "parameters",
    "replications",
    "metrics",
    "baseline",
    "precision",
    "replicationsUsed",
    "precisionReached",
    "points"
  })
  record Plan(
      String design,
      List<String> parameters,
      int replications,
      List<String> metrics,
      int baseline,
      Precision precision,
      int replicationsUsed,
      Boolean precisionReached,
      List<Point> points) {}

  @JsonPropertyOrder({"metric", "relative", "maxReplications"})
  record Precision(String metric, double relative, int maxReplications) {}

  @JsonPropertyOrder({
    "index",
    "values",
    "replications",
    "precisionMean",
    "precisionHalfWidth",
    "precisionReached"
  })
  record Point(
      int index,
      Map<String, String> values,
      int replications,
      Double precisionMean,
      Double precisionHalfWidth,
      Boolean precisionReached) {}

  static String json(
      SweepPlan plan,
      List<PointRows> points,
      long seed,
      SweepInfo info,
      String engine,
      int threads,
      double wallSeconds)
      throws IOException {
    SweepPlan.Precision p = plan.precision();
    List<Point> pointInfo = new ArrayList<>();
    boolean allMet = true;
    for (PointRows rows : points) {
      Double mean = null;
      Double halfWidth = null;
      Boolean met = null;
      if (p != null) {
        MetricSummary s =
            PointStatistics.summary(rows.column(rows.tenants().size() - 1), p.metric());
        mean = s.mean();
        halfWidth = s.halfWidth95();
        met = PrecisionRule.met(s, p.relative());
        allMet &= met;
      }
      pointInfo.add(
          new Point(
              rows.point().index(),
              rows.point().values(),
              rows.replicationCount(),
              mean,
              halfWidth,
              met));
    }
    Plan planInfo =
        new Plan(
            plan.design(),
            plan.parameters(),
            plan.replications(),
            plan.metrics().stream().map(Metric::column).toList(),
            plan.baseline(),
            p == null
                ? null
                : new Precision(p.metric().column(), p.relative(), p.maxReplications()),
            points.get(0).replicationCount(),
            p == null ? null : allMet,
            pointInfo);
    return ReportJson.toJson(
        new Manifest(
            info.toolVersion(),
            plan.scenarioFile().toString(),
            sha256(plan.scenarioFile()),
            plan.baseOverrides(),
            seed,
            planInfo,
            engine,
            threads,
            wallSeconds,
            System.getProperty("java.version"),
            info.commandLine()));
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
