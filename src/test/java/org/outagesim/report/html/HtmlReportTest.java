package org.outagesim.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.report.ResultWriter;
import org.outagesim.report.RunInfo;
import org.outagesim.scenario.ScenarioLoader;

/**
 * The report of a real (short) simulated run: self-contained, faithful to {@code summary.json},
 * deterministic, and safe with hostile text in the result files.
 */
class HtmlReportTest {

  private static final String HOSTILE_ID = "<script>alert(\"x\")</script>&shop";
  private static final String DESCRIPTION = "A <b>test</b> of \"quotes\" & ampersands";

  @TempDir static Path tmp;

  private static Path folder;
  private static String html;
  private static Document doc;

  @BeforeAll
  static void simulateAndWriteReport() throws Exception {
    folder = Files.createDirectory(tmp.resolve("run"));
    ExperimentResult result = new Experiment(2, ProgressListener.NONE).run(scenario());
    RunInfo info =
        new RunInfo(
            "0.1.0-test",
            "scenarios/minimal.yaml",
            "ab".repeat(32),
            List.of("replications=2"),
            List.of("run", "scenarios/minimal.yaml", "--set", "replications=2"),
            "17");
    ResultWriter.writeFiles(result, info, folder);
    Files.createDirectory(folder.resolve("charts"));
    Files.write(folder.resolve("charts/success-ratio.png"), png(Color.BLUE));
    Files.write(folder.resolve("charts/sweep-ttl.png"), png(Color.GREEN));
    Files.writeString(folder.resolve("charts/not-really.png"), "this is not a PNG");
    Files.writeString(folder.resolve("charts/success-ratio.svg"), "<svg/>");
    HtmlReport.write(folder);
    html = Files.readString(folder.resolve(HtmlReport.NAME), StandardCharsets.UTF_8);
    doc = Jsoup.parse(html);
  }

  /**
   * minimal.yaml over 50 minutes with two replications and two tenants, one with markup in its id.
   */
  private static ScenarioSpec scenario() throws Exception {
    ScenarioSpec base =
        ScenarioLoader.load(Path.of("scenarios/minimal.yaml"), List.of("replications=2"));
    TenantSpec shop = base.tenants().get(0);
    TenantSpec hostile =
        new TenantSpec(
            HOSTILE_ID,
            "retail",
            shop.traffic(),
            shop.session(),
            shop.client(),
            shop.user(),
            shop.capacity(),
            shop.internalDns(),
            shop.deployment());
    return new ScenarioSpec(
        base.name(),
        DESCRIPTION,
        base.start(),
        50 * 60.0,
        base.replications(),
        base.seed(),
        base.regions(),
        base.dns(),
        base.faults(),
        base.profiles(),
        List.of(shop, hostile));
  }

  private static byte[] png(Color color) throws Exception {
    BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 40, 20);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  @Test
  void titleAndHeadingNameTheScenario() {
    assertEquals("outagesim report: minimal", doc.title());
    assertEquals("minimal", doc.selectFirst("h1").text());
    assertEquals(DESCRIPTION, doc.selectFirst("header .description").text());
  }

  @Test
  void everyImageIsAnEmbeddedPngKnownChartsFirst() throws Exception {
    Elements imgs = doc.select("img");
    assertEquals(2, imgs.size(), "the file that is not a PNG is left out");
    for (Element img : imgs) {
      String src = img.attr("src");
      assertTrue(
          src.startsWith("data:image/png;base64,"), src.substring(0, Math.min(40, src.length())));
      byte[] bytes = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
      assertNotNull(decoded);
      assertEquals(40, decoded.getWidth());
    }
    List<String> captions = doc.select("figure.chart figcaption .file").eachText();
    assertEquals(List.of("success-ratio.png", "sweep-ttl.png"), captions);
  }

  @Test
  void nothingPointsOutsideTheFile() {
    for (Element e : doc.select("[src], [href]")) {
      for (String attr : List.of("src", "href")) {
        String v = e.attr(attr);
        assertTrue(
            v.isEmpty() || v.startsWith("data:") || v.startsWith("#"),
            e.tagName() + " " + attr + "=" + v);
      }
    }
    assertTrue(doc.select("link").isEmpty());
    assertTrue(doc.select("script[src]").isEmpty());
    assertTrue(doc.select("iframe, object, embed").isEmpty());
    assertFalse(html.contains("http://") || html.contains("https://"), "no web address anywhere");
    assertFalse(html.contains("url("), "no CSS reference to another resource");
  }

  @Test
  void tenantTableHasOneRowPerTenantWithTheMeanOfSummaryJson() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
    Elements rows = doc.select("table.tenants tbody tr");
    assertEquals(summary.get("tenants").size(), rows.size());
    assertEquals(2, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode tenant = summary.get("tenants").get(i);
      Element row = rows.get(i);
      assertEquals(tenant.get("tenant").asText(), row.child(0).text());
      double mean = tenant.at("/metrics/transactions_lost/mean").asDouble();
      assertEquals(mean, Double.parseDouble(row.child(3).attr("data-sort")));
      assertEquals(NumberText.of(mean), row.child(3).ownText().trim());
      assertTrue(mean > 0, "the fault costs transactions");
    }
  }

  @Test
  void writingTwiceGivesIdenticalBytes() throws Exception {
    byte[] first = Files.readAllBytes(folder.resolve(HtmlReport.NAME));
    HtmlReport.write(folder);
    assertArrayEquals(first, Files.readAllBytes(folder.resolve(HtmlReport.NAME)));
  }

  @Test
  void markupInTenantIdsAndDescriptionsIsEscaped() {
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<b>test</b>"));
    assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;shop"));
    assertEquals(1, doc.select("script").size(), "only the report's own sorting script");
    List<String> ids = new ArrayList<>(doc.select("table.tenants tbody th").eachText());
    assertEquals(List.of("shop", HOSTILE_ID), ids);
  }

  @Test
  void withoutChartsTheReportSaysTheyWereNotDrawn() throws Exception {
    Path bare = Files.createDirectory(tmp.resolve("bare"));
    Files.copy(folder.resolve("manifest.json"), bare.resolve("manifest.json"));
    Files.copy(folder.resolve("summary.json"), bare.resolve("summary.json"));
    Document d = Jsoup.parse(Files.readString(HtmlReport.write(bare)));
    assertTrue(d.select("img").isEmpty());
    assertTrue(
        d.selectFirst("#charts").text().contains("Charts were not drawn"),
        d.selectFirst("#charts").text());
    assertEquals(2, d.select("table.tenants tbody tr").size());
  }

  @Test
  void faultsAreShownOverTheHorizonWithWallClockTimes() {
    Element fault = doc.selectFirst("#faults .tl-row:not(.tl-axis)");
    assertTrue(fault.text().contains("region-resolver-failure"), fault.text());
    assertTrue(fault.text().contains("region ap-northeast-2"), fault.text());
    assertTrue(fault.text().contains("08:30–09:00"), fault.text());
    assertEquals("left:60.000%;width:40.000%", fault.selectFirst(".tl-bar").attr("style"));
  }

  @Test
  void runFactsComeFromTheManifest() {
    String run = doc.selectFirst("#run").text();
    assertTrue(run.contains("ab".repeat(32)), run);
    assertTrue(run.contains("outagesim run scenarios/minimal.yaml --set replications=2"), run);
    assertTrue(run.contains("20181122"), run);
  }
}
