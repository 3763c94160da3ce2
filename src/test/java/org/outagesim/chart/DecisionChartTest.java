package org.outagesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision chart of a comparison, drawn from a {@code decision.json} written here by hand: one
 * point per distinct design at (annual cost, expected annual loss) with its interval, lines of
 * equal total, labels that do not sit on each other.
 */
class DecisionChartTest {

  @TempDir Path tmp;

  /**
   * Two tenants. shop: current = single-region (cost 100, loss 400 ± 20), active-passive-deep (cost
   * 200, loss 30 ± 5, the lowest total), active-active (cost 210, loss 10, half-width unknown).
   */
  private static final String DECISION =
      """
      { "currency": "KRW", "incidents_per_year": 0.25, "bootstrap_resamples": 10000,
        "tenants": [
          { "tenant": "shop", "best": "active-passive-deep", "sentence": "s", "designs": [
            { "design": "current", "strategy": "single-region", "annual_cost": 100,
              "expected_annual_loss": 400, "expected_annual_loss_ci95_half_width": 20 },
            { "design": "single-region", "strategy": "single-region", "annual_cost": 100,
              "expected_annual_loss": 400, "expected_annual_loss_ci95_half_width": 20 },
            { "design": "active-passive-deep", "strategy": "active-passive", "annual_cost": 200,
              "expected_annual_loss": 30, "expected_annual_loss_ci95_half_width": 5 },
            { "design": "active-active", "strategy": "active-active", "annual_cost": 210,
              "expected_annual_loss": 10, "expected_annual_loss_ci95_half_width": null } ] },
          { "tenant": "bank", "best": "current", "sentence": "s", "designs": [
            { "design": "current", "strategy": "single-region", "annual_cost": 0,
              "expected_annual_loss": 5, "expected_annual_loss_ci95_half_width": 1 } ] } ] }
      """;

  private Path folder() throws Exception {
    Files.writeString(tmp.resolve(DecisionResultsReader.DECISION), DECISION);
    return tmp;
  }

  @Test
  void readsTheDesignsOfEachTenant() throws Exception {
    DecisionResults r = DecisionResultsReader.read(folder());
    assertEquals("KRW", r.currency());
    assertEquals(0.25, r.incidentsPerYear());
    assertEquals(List.of("shop", "bank"), r.tenants().stream().map(t -> t.tenant()).toList());
    DecisionResults.Design aa = r.tenants().get(0).designs().get(3);
    assertEquals(210, aa.annualCost());
    assertTrue(Double.isNaN(aa.expectedAnnualLossCi95HalfWidth()), "null reads as unknown");
    assertEquals(220, aa.annualTotal());
  }

  @Test
  void onePointPerDistinctDesignWithItsInterval() throws Exception {
    DecisionResults r = DecisionResultsReader.read(folder());
    XYPlot plot = new DecisionChart("shop").draw(r).getXYPlot();
    IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
    assertEquals(3, data.getSeriesCount(), "current and single-region share one point");
    assertEquals(100, data.getXValue(0, 0));
    assertEquals(400, data.getYValue(0, 0));
    assertEquals(380, data.getStartYValue(0, 0));
    assertEquals(420, data.getEndYValue(0, 0));
    assertEquals(10, data.getStartYValue(2, 0), "an unknown half-width draws no bar");
    List<String> labels = pointLabels(plot).stream().map(XYTextAnnotation::getText).toList();
    assertTrue(labels.contains("current = single-region"), labels.toString());
    assertTrue(labels.contains("active-passive-deep (lowest total)"), labels.toString());
  }

  @Test
  void linesOfEqualTotalRunAtMinusOneAndOneGoesThroughTheBestDesign() throws Exception {
    XYPlot plot = new DecisionChart("shop").draw(DecisionResultsReader.read(folder())).getXYPlot();
    List<XYLineAnnotation> lines = new ArrayList<>();
    for (XYAnnotation a : plot.getAnnotations()) {
      if (a instanceof XYLineAnnotation l) {
        lines.add(l);
      }
    }
    assertTrue(lines.size() >= 3, "several lines of equal total: " + lines.size());
    boolean throughBest = false;
    for (XYLineAnnotation l : lines) {
      double total = l.getX1() + l.getY1();
      assertEquals(total, l.getX2() + l.getY2(), 1e-9, "x + y is constant along a line");
      assertTrue(l.getX1() >= 0 && l.getY2() >= -1e-9, "inside the plot");
      throughBest |= Math.abs(total - 230) < 1e-9;
    }
    assertTrue(throughBest, "a line through active-passive-deep's total, 200 + 30");
  }

  @Test
  void labelsOfNearbyPointsAreStackedApart() throws Exception {
    JFreeChart chart = new DecisionChart("shop").draw(DecisionResultsReader.read(folder()));
    XYPlot plot = chart.getXYPlot();
    double height = plot.getRangeAxis().getUpperBound();
    List<XYTextAnnotation> labels = pointLabels(plot);
    XYTextAnnotation deep = find(labels, "active-passive-deep (lowest total)");
    XYTextAnnotation aa = find(labels, "active-active");
    // 30 and 10 are 4% of a 0–496 axis apart, closer than a label is high.
    assertTrue(
        Math.abs(deep.getY() - aa.getY()) >= DecisionChart.LABEL_GAP * height - 1e-9,
        deep.getY() + " vs " + aa.getY());
    assertTrue(aa.getY() >= 0.5 * DecisionChart.LABEL_GAP * height - 1e-9, "above the axis");
  }

  @Test
  void roundTotalsCoverThePlot() {
    List<Double> totals = DecisionChart.totals(1000);
    assertEquals(List.of(200.0, 400.0, 600.0, 800.0), totals);
    assertTrue(DecisionChart.totals(0).isEmpty());
  }

  @Test
  void writesPngAndSvgPerTenantWhenTheFolderHasADecision() throws Exception {
    Path dir = folder();
    Files.writeString(
        dir.resolve("sweep-summary.csv"),
        """
        point,design,tenant,n,revenue_lost_mean,revenue_lost_ci95_half_width
        0,current,all,10,1600,80
        1,single-region,all,10,1600,80
        2,active-passive-deep,all,10,120,20
        """);
    List<String> names =
        Charts.writeSweep(dir).stream().map(f -> f.getFileName().toString()).toList();
    assertEquals(
        List.of(
            "sweep-revenue_lost.png",
            "sweep-revenue_lost.svg",
            "decision-shop.png",
            "decision-shop.svg",
            "decision-bank.png",
            "decision-bank.svg"),
        names);
    BufferedImage png = ImageIO.read(dir.resolve("charts/decision-shop.png").toFile());
    assertEquals(ChartFiles.WIDTH, png.getWidth());
    assertEquals(ChartFiles.HEIGHT, png.getHeight());
    String svg = Files.readString(dir.resolve("charts/decision-shop.svg"));
    assertTrue(svg.contains("current = single-region"), "the labels are in the SVG");
    assertTrue(svg.contains("lowest total 230"), "the best line is labelled with its total");
    byte[] first = Files.readAllBytes(dir.resolve("charts/decision-bank.png"));
    Charts.writeSweep(dir);
    assertTrue(
        java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("charts/decision-bank.png"))),
        "redrawn byte for byte");
  }

  @Test
  void aSweepOfOneCategoricalParameterIsDrawnAsBars() throws Exception {
    Path dir = folder();
    Files.writeString(
        dir.resolve("sweep-summary.csv"),
        """
        point,design,tenant,n,revenue_lost_mean,revenue_lost_ci95_half_width
        0,current,all,10,1600,80
        1,active-active,all,10,120,20
        """);
    SweepResults r = SweepResultsReader.read(dir);
    JFreeChart chart = new SweepMetricChart("revenue_lost").draw(r);
    CategoryPlot plot = assertInstanceOf(CategoryPlot.class, chart.getPlot());
    assertEquals(List.of("current", "active-active"), plot.getDataset().getColumnKeys());
    assertFalse(new SweepMetricChart("revenue_lost").name().isEmpty());
  }

  private static List<XYTextAnnotation> pointLabels(XYPlot plot) {
    List<XYTextAnnotation> labels = new ArrayList<>();
    for (XYAnnotation a : plot.getAnnotations()) {
      if (a instanceof XYTextAnnotation t && !t.getText().contains("total ")) {
        labels.add(t);
      }
    }
    return labels;
  }

  private static XYTextAnnotation find(List<XYTextAnnotation> labels, String text) {
    return labels.stream()
        .filter(l -> l.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no label " + text + " in " + labels));
  }
}
