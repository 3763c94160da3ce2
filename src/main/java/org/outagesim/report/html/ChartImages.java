package org.outagesim.report.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.outagesim.chart.Charts;

/**
 * The PNG charts of a result folder ({@code charts/*.png}), in the order the report shows them: the
 * known charts first in a fixed order with their captions, then any other PNG by file name. A file
 * that is not a readable PNG is left out rather than embedded broken.
 */
final class ChartImages {

  /** Folder inside the result folder. */
  static final String FOLDER = "charts";

  private static final Map<String, String> KNOWN = known();

  private ChartImages() {}

  /**
   * One chart to embed.
   *
   * @param name file base name, e.g. {@code success-ratio}
   * @param dataUri the file's bytes as a {@code data:image/png;base64,} URI
   */
  record Chart(String name, String caption, String dataUri, int width, int height) {}

  private static String dataUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  /** The charts in {@code resultFolder/charts}, or none when that folder does not exist. */
  static List<Chart> read(Path resultFolder) throws IOException {
    Path dir = resultFolder.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names =
          files
              .filter(Files::isRegularFile)
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".png"))
              .map(n -> n.substring(0, n.length() - ".png".length()))
              .sorted(
                  Comparator.comparingInt(ChartImages::knownRank)
                      .thenComparing(Comparator.naturalOrder()))
              .toList();
    }
    List<Chart> charts = new ArrayList<>();
    for (String name : names) {
      byte[] png = Files.readAllBytes(dir.resolve(name + ".png"));
      int[] size = pngSize(png);
      if (size != null) {
        charts.add(new Chart(name, caption(name), dataUri(png), size[0], size[1]));
      }
    }
    return charts;
  }

  private static String caption(String name) {
    if (name.startsWith(Charts.DECISION_PREFIX)) {
      return name.substring(Charts.DECISION_PREFIX.length())
          + ": annual cost against expected annual loss of each design, with 95% intervals and"
          + " dashed lines of equal annual total";
    }
    return KNOWN.getOrDefault(name, name);
  }

  private static int knownRank(String name) {
    int i = 0;
    for (String k : KNOWN.keySet()) {
      if (k.equals(name)) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** Width and height of a PNG, or {@code null} when the bytes are not one. */
  private static int[] pngSize(byte[] png) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
      if (in == null || !readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } catch (IOException notPng) {
        return null;
      } finally {
        reader.dispose();
      }
    }
  }

  private static Map<String, String> known() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(
        "success-ratio", "Share of successful requests per minute, with the fault windows shaded");
    m.put(
        "resolver-utilisation",
        "The region's internal resolver per minute: capacity left, utilisation and share of"
            + " lookups failed");
    m.put(
        "lost-transactions",
        "Lost transactions per tenant with 95% confidence intervals, coloured by strategy");
    m.put("lost-revenue-by-strategy", "Lost revenue by deployment strategy");
    m.put("lost-revenue-by-sector", "Lost revenue by sector");
    m.put("failures-by-cause", "Failed requests by cause");
    return m;
  }
}
