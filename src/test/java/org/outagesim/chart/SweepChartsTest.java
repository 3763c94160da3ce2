package org.outagesim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep charts drawn from a sweep-summary.csv: a 3 × 2 grid of TTL and health-check interval. */
class SweepChartsTest {

  @TempDir Path tmp;

  private Path folder() throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "point,ttl,interval,tenant,n,transactions_lost_mean,"
                + "transactions_lost_ci95_half_width,revenue_lost_mean,revenue_lost_ci95_half_width\n");
    String[] ttls = {"10s", "1m", "5m"};
    String[] intervals = {"10s", "30s"};
    int point = 0;
    for (String ttl : ttls) {
      for (String interval : intervals) {
        double lost = 100 + 40 * point;
        csv.append(point)
            .append(',')
            .append(ttl)
            .append(',')
            .append(interval)
            .append(",shop,10,")
            .append(lost)
            .append(",5,")
            .append(lost * 50)
            .append(",250\n");
        csv.append(point)
            .append(',')
            .append(ttl)
            .append(',')
            .append(interval)
            .append(",all,10,")
            .append(lost)
            .append(",5,")
            .append(lost * 50)
            .append(",250\n");
        point++;
      }
    }
    Files.writeString(tmp.resolve("sweep-summary.csv"), csv);
    return tmp;
  }

  @Test
  void readsTheAllTenantsRowsWithParametersInColumnOrder() throws Exception {
    SweepResults r = SweepResultsReader.read(folder());
    assertEquals(List.of("ttl", "interval"), r.parameters());
    assertEquals(List.of("transactions_lost", "revenue_lost"), r.metrics());
    assertEquals(6, r.points().size());
    assertEquals("5m", r.points().get(5).values().get("ttl"));
    assertEquals(300.0, r.points().get(5).estimates().get("transactions_lost").mean());
  }

  @Test
  void aMetricChartAndAHeatmapPerMetricForTwoParameters() throws Exception {
    Path dir = folder();
    List<Path> files = Charts.writeSweep(dir);
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
    assertEquals(
        List.of(
            "sweep-transactions_lost.png",
            "sweep-transactions_lost.svg",
            "sweep-transactions_lost-heatmap.png",
            "sweep-transactions_lost-heatmap.svg",
            "sweep-revenue_lost.png",
            "sweep-revenue_lost.svg",
            "sweep-revenue_lost-heatmap.png",
            "sweep-revenue_lost-heatmap.svg"),
        names);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (Path f : files) {
      if (f.toString().endsWith(".png")) {
        BufferedImage image = ImageIO.read(f.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
          for (int x = 0; x < image.getWidth(); x += 2) {
            colours.add(image.getRGB(x, y) & 0xFFFFFF);
          }
        }
        assertTrue(colours.size() >= 5, f + ": " + colours.size() + " colours");
      } else {
        assertEquals(
            "svg",
            factory.newDocumentBuilder().parse(f.toFile()).getDocumentElement().getNodeName());
      }
    }
    List<byte[]> first = files.stream().map(SweepChartsTest::bytes).toList();
    List<Path> again = Charts.writeSweep(dir);
    for (int i = 0; i < again.size(); i++) {
      assertArrayEquals(first.get(i), bytes(again.get(i)), again.get(i).toString());
    }
  }

  @Test
  void durationsArePlacedInSecondsAndOtherValuesInOrder() {
    ParameterAxis d = new ParameterAxis("ttl", List.of("10s", "1m30s", "5m"));
    assertTrue(d.numeric());
    assertEquals(90.0, d.at("1m30s"));
    ParameterAxis c = new ParameterAxis("mode", List.of("servfail", "timeout", "servfail"));
    assertEquals(List.of("servfail", "timeout"), c.values());
    assertEquals(1.0, c.at("timeout"));
  }

  private static byte[] bytes(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
