package org.outagesim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.OutputTarget;
import org.outagesim.report.ResultWriter;
import org.outagesim.report.RunInfo;
import org.outagesim.scenario.ScenarioLoader;
import org.w3c.dom.Document;

/**
 * The charts of a real (short) run of {@code scenarios/strategies.yaml}: six tenants, one fault,
 * all three strategies.
 */
class ChartsTest {

  private static final List<String> CHARTS =
      List.of(
          "success-ratio",
          "lost-transactions",
          "lost-revenue-by-strategy",
          "lost-revenue-by-sector",
          "failures-by-cause");

  @TempDir static Path tmp;

  private static Path folder;
  private static List<Path> written;

  @BeforeAll
  static void runAndDraw() throws Exception {
    List<String> overrides = List.of("duration=30m", "replications=3");
    ScenarioSpec spec = ScenarioLoader.load(Path.of("scenarios/strategies.yaml"), overrides);
    folder =
        ResultWriter.write(
            new Experiment(2, ProgressListener.NONE).run(spec),
            new RunInfo(
                "test",
                "scenarios/strategies.yaml",
                "00".repeat(32),
                overrides,
                List.of("run"),
                "17"),
            OutputTarget.chosen(tmp.resolve("run"), false));
    written = Charts.writeAll(folder);
  }

  @Test
  void writesAPngAndAnSvgOfEveryChartIntoTheChartsFolder() {
    List<Path> expected = new ArrayList<>();
    for (String name : CHARTS) {
      expected.add(folder.resolve("charts").resolve(name + ".png"));
      expected.add(folder.resolve("charts").resolve(name + ".svg"));
    }
    assertEquals(expected, written);
    written.forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
  }

  @Test
  void pngsAreFullSizeColourfulAndNotBlank() throws IOException {
    for (String name : CHARTS) {
      BufferedImage image = png(name);
      assertEquals(ChartFiles.WIDTH, image.getWidth(), name);
      assertEquals(ChartFiles.HEIGHT, image.getHeight(), name);
      Set<Integer> colours = new HashSet<>();
      long notWhite = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y) & 0xFFFFFF;
          colours.add(rgb);
          notWhite += rgb == 0xFFFFFF ? 0 : 1;
        }
      }
      assertTrue(colours.size() >= 5, name + ": only " + colours.size() + " colours");
      double share = notWhite / (double) (image.getWidth() * image.getHeight());
      assertTrue(share > 0.04, name + ": only " + share + " of the pixels are drawn");
    }
  }

  @Test
  void svgsAreXmlWithAnSvgRoot() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (String name : CHARTS) {
      Document svg = factory.newDocumentBuilder().parse(chart(name + ".svg").toFile());
      assertEquals("svg", svg.getDocumentElement().getLocalName(), name);
      assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI(), name);
    }
  }

  @Test
  void drawingAgainGivesByteIdenticalFiles() throws IOException {
    List<byte[]> first = new ArrayList<>();
    for (Path f : written) {
      first.add(Files.readAllBytes(f));
    }
    List<Path> again = Charts.writeAll(folder);
    assertEquals(written, again);
    for (int i = 0; i < again.size(); i++) {
      assertArrayEquals(first.get(i), Files.readAllBytes(again.get(i)), again.get(i).toString());
    }
  }

  @Test
  void eachStrategyHasItsPaletteColourInEveryChartThatColoursByStrategy() throws IOException {
    for (String name : List.of("success-ratio", "lost-transactions", "lost-revenue-by-strategy")) {
      BufferedImage image = png(name);
      for (String strategy : Palette.STRATEGIES) {
        Color colour = Palette.strategy(strategy);
        assertTrue(
            pixelsOf(image, colour) >= 20, name + " shows no " + strategy + " colour " + colour);
      }
    }
  }

  private static long pixelsOf(BufferedImage image, Color colour) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += (image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF) ? 1 : 0;
      }
    }
    return n;
  }

  private static Path chart(String file) {
    return folder.resolve("charts").resolve(file);
  }

  private static BufferedImage png(String name) throws IOException {
    return ImageIO.read(chart(name + ".png").toFile());
  }
}
