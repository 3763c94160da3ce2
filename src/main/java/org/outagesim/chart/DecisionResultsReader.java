package org.outagesim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code decision.json} of a comparison folder: {@code currency}, {@code incidents_per_year}
 * and per tenant its {@code best} design and the designs' {@code strategy}, {@code annual_cost},
 * {@code expected_annual_loss} and {@code expected_annual_loss_ci95_half_width}; a {@code null}
 * number (not estimated) is read as {@code NaN}.
 */
public final class DecisionResultsReader {
  /** The decision file in a comparison folder. */
  public static final String DECISION = "decision.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DecisionResultsReader() {}

  public static DecisionResults read(Path folder) throws IOException {
    Path file = folder.resolve(DECISION);
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    List<DecisionResults.Tenant> tenants = new ArrayList<>();
    for (JsonNode t : root.path("tenants")) {
      List<DecisionResults.Design> designs = new ArrayList<>();
      for (JsonNode d : t.path("designs")) {
        designs.add(
            new DecisionResults.Design(
                text(d, "design", file),
                text(d, "strategy", file),
                orNaN(d.path("annual_cost")),
                orNaN(d.path("expected_annual_loss")),
                orNaN(d.path("expected_annual_loss_ci95_half_width"))));
      }
      tenants.add(
          new DecisionResults.Tenant(text(t, "tenant", file), text(t, "best", file), designs));
    }
    JsonNode currency = root.path("currency");
    return new DecisionResults(
        currency.isTextual() ? currency.asText() : null,
        number(root, "incidents_per_year", file),
        tenants);
  }

  private static String text(JsonNode node, String field, Path file) throws IOException {
    JsonNode v = node.path(field);
    if (!v.isTextual()) {
      throw new IOException(file + ": expected text in '" + field + "'");
    }
    return v.asText();
  }

  /** A number, or {@code NaN} for {@code null} (a value that could not be estimated). */
  private static double orNaN(JsonNode v) {
    return v.isNumber() ? v.asDouble() : Double.NaN;
  }

  private static double number(JsonNode node, String field, Path file) throws IOException {
    JsonNode v = node.path(field);
    if (!v.isNumber()) {
      throw new IOException(file + ": expected a number in '" + field + "'");
    }
    return v.asDouble();
  }
}
