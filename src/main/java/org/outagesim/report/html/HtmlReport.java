package org.outagesim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.outagesim.report.html.ChartImages.Chart;

/**
 * Writes {@code report.html} into a result folder, from the files already there: the scenario,
 * faults and run facts from {@code manifest.json}, the figures from {@code summary.json}, and the
 * charts from {@code charts/*.png}. Nothing is simulated, so the report can be written again later,
 * and the same files give the same bytes (no clock, no locale, files in a fixed order).
 *
 * <p>The page is self-contained: charts embedded as {@code data:} URIs, style and the optional
 * table-sorting script inline, no reference to anything outside the file (a Content Security Policy
 * in the page enforces it), so it can be mailed or archived alone and printed to PDF. The file is
 * written under a temporary name and renamed, so a reader never sees half a report.
 */
public final class HtmlReport {

  /** File name inside the result folder. */
  public static final String NAME = "report.html";

  static final String CSP =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
          + "script-src 'unsafe-inline'";
  static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("sort-table.js");

  private HtmlReport() {}

  /**
   * Writes {@code resultFolder/report.html}, replacing an older one.
   *
   * @return the file written
   * @throws IOException when {@code manifest.json} or {@code summary.json} is missing or
   *     unreadable, or the report cannot be written
   */
  public static Path write(Path resultFolder) throws IOException {
    return writeReport(resultFolder, render(resultFolder));
  }

  /** Writes {@code html} as the folder's {@value #NAME}, through a temporary name and a rename. */
  static Path writeReport(Path folder, String html) throws IOException {
    return writeReport(folder, NAME, html);
  }

  /** Writes {@code html} as the folder's {@code name}, through a temporary name and a rename. */
  static Path writeReport(Path folder, String name, String html) throws IOException {
    Path target = folder.resolve(name);
    Path tmp = folder.resolve("." + name + ".tmp");
    Files.writeString(tmp, html, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /** The report's HTML for the files in {@code resultFolder}. */
  static String render(Path resultFolder) throws IOException {
    ManifestData manifest = readManifest(resultFolder);
    JsonNode summaryJson = readJson(resultFolder, "summary.json");
    SummaryData summary = SummaryData.of(summaryJson);
    List<Chart> charts = ChartImages.read(resultFolder);
    Markup m = new Markup();
    m.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta name=\"generator\"")
        .attr("content", "outagesim " + manifest.toolVersion())
        .raw(">\n")
        .element("title", "outagesim report: " + manifest.name())
        .raw("\n<style>\n")
        .raw(CSS)
        .raw("</style>\n")
        .raw("</head>\n<body>\n<main>\n");
    ScenarioHeader.appendTo(m, manifest, summary);
    FaultTimeline.appendTo(m, manifest);
    KeyFigures.appendTo(m, summary);
    UncertaintySection.appendTo(m, summaryJson.path("uncertainty"));
    TenantTable.appendTo(m, summary);
    CapacitySection.appendTo(m, summaryJson.path("capacity"));
    ChartSection.appendTo(m, charts);
    RunSection.appendTo(m, manifest);
    m.raw("</main>\n<script>\n").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
    return m.toString();
  }

  /**
   * Writes the report of the result folder named by the only argument and prints its path; a
   * missing or unreadable input is told on stderr with exit code 2, as the CLI does.
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println(
          "usage: java -cp outagesim-all.jar " + HtmlReport.class.getName() + " RESULT_FOLDER");
      System.exit(2);
    }
    try {
      System.out.println(write(Path.of(args[0])));
    } catch (IOException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  private static JsonNode readJson(Path folder, String name) throws IOException {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IOException("cannot write the report: " + file + " is missing");
    }
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(
          "cannot write the report: " + file + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static ManifestData readManifest(Path folder) throws IOException {
    try {
      return ManifestData.of(readJson(folder, "manifest.json"));
    } catch (DateTimeParseException e) {
      throw new IOException(
          "cannot write the report: "
              + folder.resolve("manifest.json")
              + ": scenario.start is not an ISO-8601 time with offset: "
              + e.getParsedString(),
          e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
