package org.outagesim.chart;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders charts to {@code NAME.png} and {@code NAME.svg}, both {@value #WIDTH}×{@value #HEIGHT}.
 * The bytes depend only on the chart (and the fonts of the machine): the PNG writer of ImageIO
 * stores no time, and the SVG uses a fixed prefix for its definitions' ids instead of JFreeSVG's
 * default, which is built from the clock. Each file is written to a temporary name and renamed.
 */
public final class ChartFiles {

  public static final int WIDTH = 1200;
  public static final int HEIGHT = 700;

  private static final String SVG_DEFS_PREFIX = "outagesim";

  private ChartFiles() {}

  /**
   * Draws every chart that applies to {@code results} into {@code dir} (created if missing);
   * returns the files written.
   */
  public static <R> List<Path> write(List<? extends Chart<R>> charts, R results, Path dir)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Chart<R> chart : charts) {
      if (!chart.appliesTo(results)) {
        continue;
      }
      JFreeChart drawn = chart.draw(results);
      written.add(replace(dir.resolve(chart.name() + ".png"), png(drawn)));
      written.add(replace(dir.resolve(chart.name() + ".svg"), svg(drawn)));
    }
    return written;
  }

  static byte[] png(JFreeChart chart) throws IOException {
    BufferedImage image =
        chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static byte[] svg(JFreeChart chart) {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setDefsKeyPrefix(SVG_DEFS_PREFIX);
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    return (g2.getSVGDocument() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static Path replace(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    return Files.move(
        tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
