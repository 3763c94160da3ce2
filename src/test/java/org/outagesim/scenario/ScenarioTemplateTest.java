package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.ScenarioSpec;

/** The template {@code init} writes, and the example that begins docs/scenario-format.md. */
class ScenarioTemplateTest {

  @TempDir Path tmp;

  @Test
  void documentationBeginsWithTheExampleThatInitWritesAndItLoads() throws Exception {
    String doc = Files.readString(Path.of("docs/scenario-format.md"));
    int start = doc.indexOf("```yaml\n");
    assertTrue(
        start >= 0 && start < doc.indexOf("\n## "), "the first section must hold the example");
    String example = doc.substring(start + "```yaml\n".length(), doc.indexOf("```\n", start + 1));
    assertEquals(ScenarioTemplate.text("example", 2, Strategy.ACTIVE_PASSIVE), example);

    Path file = Files.writeString(tmp.resolve("example.yaml"), example);
    ScenarioSpec spec = ScenarioLoader.load(file, List.of());
    assertEquals(List.of("shop", "bank"), spec.tenants().stream().map(t -> t.id()).toList());
  }

  @Test
  void tenantsBeyondTheThreeKindsAreNumbered() throws Exception {
    Path file =
        Files.writeString(
            tmp.resolve("seven.yaml"), ScenarioTemplate.text("seven", 7, Strategy.ACTIVE_ACTIVE));
    ScenarioSpec spec = ScenarioLoader.load(file, List.of());
    assertEquals(
        List.of("shop", "bank", "news", "shop-2", "bank-2", "news-2", "shop-3"),
        spec.tenants().stream().map(t -> t.id()).toList());
  }

  @Test
  void noLineIsLongerThanAHundredCharacters() {
    for (Strategy s : Strategy.values()) {
      for (String line : ScenarioTemplate.text("a-long-scenario-name", 3, s).split("\n", -1)) {
        assertTrue(line.length() <= 100, line);
      }
    }
  }

  @Test
  void badNameOrTenantCountIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ScenarioTemplate.text("a b", 1, Strategy.SINGLE_REGION));
    assertThrows(
        IllegalArgumentException.class,
        () -> ScenarioTemplate.text("ab", 0, Strategy.SINGLE_REGION));
  }
}
