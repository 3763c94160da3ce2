package org.outagesim.sweep.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.outagesim.stats.Metric;
import org.outagesim.sweep.SweepPlan;
import org.outagesim.sweep.SweepPoint;

/** Small sweep plans over {@code sweeps/two-shops.yaml} (two tenants, 40 simulated minutes). */
final class Sweeps {

  static final Path TWO_SHOPS = Path.of("src/test/resources/sweeps/two-shops.yaml");
  static final SweepInfo INFO = new SweepInfo("test", List.of("sweep", "test.yaml"));
  static final List<Metric> METRICS = List.of(Metric.TRANSACTIONS_LOST, Metric.REVENUE_LOST);

  private Sweeps() {}

  /** A one-parameter plan: {@code path} takes each of {@code values}, the first is the baseline. */
  static SweepPlan plan(
      String path, List<String> values, int replications, SweepPlan.Precision precision) {
    List<SweepPoint> points = new ArrayList<>();
    for (String v : values) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put(path, v);
      points.add(new SweepPoint(points.size(), m));
    }
    return new SweepPlan(
        TWO_SHOPS, List.of(), "points", List.of(path), points, replications, METRICS, 0, precision);
  }

  /** Four points of the shop's client retries, 0 to 3. */
  static SweepPlan fourRetryPoints(int replications) {
    return plan("tenants[shop].client.retries", List.of("0", "1", "2", "3"), replications, null);
  }

  /** Every file of {@code dir} by name, as text. */
  static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var s = Files.list(dir)) {
      for (Path p : s.toList()) {
        out.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return out;
  }

  /** The files with the manifest's execution facts (threads, wall time) blanked out. */
  static Map<String, String> comparable(Path dir) throws IOException {
    Map<String, String> files = files(dir);
    files.computeIfPresent(
        SweepManifest.NAME,
        (k, v) ->
            v.replaceAll("\"threads\" : \\d+", "\"threads\" : _")
                .replaceAll("\"wall_seconds\" : [0-9.]+", "\"wall_seconds\" : _"));
    return files;
  }
}
