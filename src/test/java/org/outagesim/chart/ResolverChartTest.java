package org.outagesim.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.OutputTarget;
import org.outagesim.report.ResultWriter;
import org.outagesim.report.RunInfo;
import org.outagesim.report.html.HtmlReport;
import org.outagesim.scenario.ScenarioLoader;

/**
 * The resolver chart of a short run of {@code scenarios/metastable-retry-storm.yaml}, whose region
 * resolver has a capacity: drawn from the region rows of {@code timeseries.csv}, and shown in the
 * report right under the success ratio. (A scenario without a capacity gets no such chart: {@link
 * ChartsTest}.)
 */
class ResolverChartTest {

  @TempDir static Path tmp;

  private static Path folder;
  private static List<Path> written;

  @BeforeAll
  static void runAndDraw() throws Exception {
    List<String> overrides = List.of("duration=45m", "replications=1");
    ScenarioSpec spec =
        ScenarioLoader.load(Path.of("scenarios/metastable-retry-storm.yaml"), overrides);
    folder =
        ResultWriter.write(
            new Experiment(2, ProgressListener.NONE).run(spec),
            new RunInfo(
                "test",
                "scenarios/metastable-retry-storm.yaml",
                "00".repeat(32),
                overrides,
                List.of("run"),
                "17"),
            OutputTarget.chosen(tmp.resolve("run"), false));
    written = Charts.writeAll(folder);
  }

  @Test
  void theResolverChartIsDrawnWithItsThreeLines() throws Exception {
    Path png = folder.resolve("charts").resolve("resolver-utilisation.png");
    assertTrue(written.contains(png), "written: " + written);
    assertTrue(written.contains(png.resolveSibling("resolver-utilisation.svg")));
    BufferedImage image = ImageIO.read(png.toFile());
    for (Color c : List.of(Palette.NEUTRAL, Palette.ACTIVE_PASSIVE, Palette.INTERNAL_DNS)) {
      assertTrue(pixels(image, c) > 200, "too few pixels of " + c);
    }
    String svg = Files.readString(png.resolveSibling("resolver-utilisation.svg"));
    for (String label : List.of("capacity left", "utilisation", "lookups failed")) {
      assertTrue(svg.contains(label), "legend " + label);
    }
  }

  @Test
  void theReportShowsItUnderTheSuccessRatio() throws Exception {
    HtmlReport.write(folder);
    String html = Files.readString(folder.resolve(HtmlReport.NAME), StandardCharsets.UTF_8);
    int success = html.indexOf("success-ratio.png</span>");
    int resolver = html.indexOf("resolver-utilisation.png</span>");
    int lost = html.indexOf("lost-transactions.png</span>");
    assertTrue(success > 0 && resolver > success && lost > resolver, "order in the report");
  }

  private static long pixels(BufferedImage image, Color colour) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff)) {
          n++;
        }
      }
    }
    return n;
  }
}
