package org.outagesim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project stands on its own: its documentation, scenarios, scripts and sources point at no file
 * outside the repository, and every source key cited in the documentation and the scenario comments
 * is defined in docs/sources.md.
 */
class StandsAloneTest {

  private static final Path BASE = Path.of("");
  private static final List<String> ROOTS =
      List.of("README.md", "docs", "scenarios", "scripts", "src/main");
  private static final List<String> OUTSIDE =
      List.of("../shared", "DESIGN.md", "FACTS.md", "DSOL-NOTES");

  /**
   * A source key such as {@code [seoul-2018-timeline]}, not an index ({@code tenants[shop]}) or a
   * link.
   */
  private static final Pattern KEY =
      Pattern.compile("(?<![\\w\\]])\\[([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\\](?!\\()");

  /** A key's definition in docs/sources.md: a line starting with {@code **[key]**}. */
  private static final Pattern DEFINITION = Pattern.compile("^\\*\\*\\[([a-z0-9-]+)\\]\\*\\*");

  private static final Set<String> MARKERS = Set.of("assume");

  @Test
  void nothingPointsOutsideTheRepository() throws IOException {
    List<String> found = new ArrayList<>();
    for (String root : ROOTS) {
      Path start = BASE.resolve(root);
      assertTrue(Files.exists(start), "missing " + start.toAbsolutePath());
      try (Stream<Path> files = Files.walk(start)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          List<String> lines = textLines(file);
          for (int i = 0; i < lines.size(); i++) {
            for (String outside : OUTSIDE) {
              if (lines.get(i).contains(outside)) {
                found.add(
                    file + ":" + (i + 1) + ": mentions " + outside + ": " + lines.get(i).strip());
              }
            }
          }
        }
      }
    }
    assertTrue(found.isEmpty(), "references outside the repository:\n" + String.join("\n", found));
  }

  @Test
  void everyCitedSourceKeyIsDefined() throws IOException {
    Set<String> defined = new TreeSet<>();
    for (String line :
        Files.readAllLines(BASE.resolve("docs/sources.md"), StandardCharsets.UTF_8)) {
      Matcher m = DEFINITION.matcher(line);
      if (m.find()) {
        defined.add(m.group(1));
      }
    }
    assertTrue(defined.size() > 10, "docs/sources.md defines too few keys: " + defined);

    List<Path> cited =
        new ArrayList<>(List.of(BASE.resolve("docs/model.md"), BASE.resolve("docs/scenarios.md")));
    try (Stream<Path> files = Files.walk(BASE.resolve("scenarios"))) {
      files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(cited::add);
    }
    List<String> undefined = new ArrayList<>();
    for (Path file : cited) {
      boolean yaml = file.toString().endsWith(".yaml");
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (yaml && !line.stripLeading().startsWith("#")) {
          continue;
        }
        Matcher m = KEY.matcher(line);
        while (m.find()) {
          String key = m.group(1);
          if (!MARKERS.contains(key) && !defined.contains(key)) {
            undefined.add(
                file + ":" + (i + 1) + ": [" + key + "] is not defined in docs/sources.md");
          }
        }
      }
    }
    assertTrue(undefined.isEmpty(), String.join("\n", undefined));
  }

  /** The file's lines if it is UTF-8 text without NUL bytes, else none. */
  private static List<String> textLines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        return List.of();
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return text.lines().toList();
    } catch (CharacterCodingException e) {
      return List.of();
    }
  }
}
