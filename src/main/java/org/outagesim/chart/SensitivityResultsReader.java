package org.outagesim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code sensitivity.json} of a sensitivity folder: {@code method}, {@code currency}, {@code
 * base} (metric, mean, half_width), {@code swings} (parameter, metric, low, high, value_low,
 * value_high, low_vs_base_half_width, high_vs_base_half_width) and {@code morris} (parameter,
 * metric, mu_star, sigma, rank). A {@code null} number reads as {@code NaN}.
 */
public final class SensitivityResultsReader {
  /** The file in a sensitivity folder. */
  public static final String SENSITIVITY = "sensitivity.json";

  private SensitivityResultsReader() {}

  public static SensitivityResults read(Path folder) throws IOException {
    Path file = folder.resolve(SENSITIVITY);
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    List<SensitivityResults.Base> base = new ArrayList<>();
    root.path("base")
        .forEach(
            b ->
                base.add(
                    new SensitivityResults.Base(
                        b.path("metric").asText(),
                        number(b.path("mean")),
                        number(b.path("half_width")))));
    List<SensitivityResults.Swing> swings = new ArrayList<>();
    root.path("swings")
        .forEach(
            s ->
                swings.add(
                    new SensitivityResults.Swing(
                        s.path("parameter").asText(),
                        s.path("metric").asText(),
                        s.path("low").asText(),
                        s.path("high").asText(),
                        number(s.path("value_low")),
                        number(s.path("value_high")),
                        number(s.path("low_vs_base_half_width")),
                        number(s.path("high_vs_base_half_width")))));
    List<SensitivityResults.Effect> morris = new ArrayList<>();
    root.path("morris")
        .forEach(
            e ->
                morris.add(
                    new SensitivityResults.Effect(
                        e.path("parameter").asText(),
                        e.path("metric").asText(),
                        number(e.path("mu_star")),
                        number(e.path("sigma")),
                        e.path("rank").asInt())));
    JsonNode currency = root.path("currency");
    return new SensitivityResults(
        root.path("method").asText(),
        currency.isTextual() ? currency.asText() : null,
        base,
        swings,
        morris);
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }
}
