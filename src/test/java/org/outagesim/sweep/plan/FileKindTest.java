package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outagesim.scenario.FileKind;

/** Sweep files and scenarios are told apart by their top-level keys, shipped ones included. */
class FileKindTest {

  private static List<String> topLevelKeys(Path file) throws IOException {
    JsonNode root = new YAMLMapper().readTree(file.toFile());
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void shippedScenariosAreScenarios(Path file) throws IOException {
    assertEquals(FileKind.SCENARIO, FileKind.of(topLevelKeys(file)), file.toString());
  }

  @ParameterizedTest
  @MethodSource("org.outagesim.sweep.plan.ShippedSweepsTest#sweepFiles")
  void shippedSweepFilesAreSweepFiles(Path file) throws IOException {
    assertEquals(FileKind.SWEEP, FileKind.of(topLevelKeys(file)), file.toString());
  }

  @Test
  void everySweepKeyButReplicationsMarksASweepFile() {
    for (String key : SweepFileReader.KEYS) {
      assertEquals(
          key.equals("replications") ? FileKind.UNKNOWN : FileKind.SWEEP,
          FileKind.of(List.of(key)),
          key);
    }
  }

  @Test
  void keysOfBothKindsOrNeitherDecideNothing() {
    assertEquals(FileKind.UNKNOWN, FileKind.of(List.of("scenario", "tenants")));
    assertEquals(FileKind.UNKNOWN, FileKind.of(List.of("colour")));
    assertEquals(FileKind.SCENARIO, FileKind.of(List.of("name", "replications")));
  }
}
