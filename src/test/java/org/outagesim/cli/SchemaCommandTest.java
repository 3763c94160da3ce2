package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code outagesim schema}: prints the schemas, which are committed under {@code schema/} and named
 * by the first line of every shipped file.
 */
class SchemaCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"scenario", "sweep"})
  void committedSchemaIsWhatTheCommandPrints(String kind) throws IOException {
    Cli.Outcome o = Cli.run("schema", kind);
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertEquals("", o.err());
    Path committed = Path.of("schema", kind + ".schema.json");
    assertEquals(
        o.out(),
        Files.readString(committed),
        committed
            + " differs from what 'outagesim schema "
            + kind
            + "' prints; regenerate it with: ./outagesim schema "
            + kind
            + " > "
            + committed);
  }

  @Test
  void scenarioIsTheDefaultAndTheOutputIsJson() throws IOException {
    Cli.Outcome o = Cli.run("schema");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertEquals(Cli.run("schema", "scenario").out(), o.out());
    assertEquals("outagesim scenario", new ObjectMapper().readTree(o.out()).get("title").asText());
  }

  @Test
  void unknownKindIsBadInput() {
    Cli.Outcome o = Cli.run("schema", "sweeps");
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals("", o.out());
    assertEquals("schema: unknown kind 'sweeps'; expected scenario or sweep\n", o.err());
  }

  @Test
  void everyShippedFileNamesItsSchemaOnItsFirstLine() throws IOException {
    List<Path> scenarios = yamlFiles(Path.of("scenarios"));
    List<Path> sweeps = yamlFiles(Path.of("scenarios", "sweeps"));
    assertTrue(scenarios.size() >= 5 && sweeps.size() >= 2, scenarios + " " + sweeps);
    for (Path f : scenarios) {
      checkFirstLine(f, "../schema/scenario.schema.json");
    }
    for (Path f : sweeps) {
      checkFirstLine(f, "../../schema/sweep.schema.json");
    }
  }

  private static void checkFirstLine(Path file, String schema) throws IOException {
    String first = Files.readAllLines(file).get(0);
    assertEquals("# yaml-language-server: $schema=" + schema, first, file.toString());
    assertTrue(
        Files.isRegularFile(file.getParent().resolve(schema)),
        file + " names a schema that does not exist");
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
