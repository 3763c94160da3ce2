package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every subcommand (taken from {@link Main}'s list, so a new command is covered without
 * editing this test), shown both as {@code help NAME} and {@code NAME --help}: picocli prints no
 * warning (descriptions are format strings, so a bare {@code %} is one), and no word of an option's
 * description is broken across lines.
 */
class HelpTextTest {

  static Stream<String> commands() {
    return Main.commandLine().getSubcommands().keySet().stream()
        .filter(name -> !name.equals("help"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpPrintsNoWarningAndBreaksNoWord(String name) {
    for (String[] args : List.of(new String[] {"help", name}, new String[] {name, "--help"})) {
      Rendered help = render(args);
      assertEquals(0, help.code(), String.join(" ", args));
      assertFalse(help.all().contains("[picocli WARN]"), help.all());
      assertTrue(help.out().startsWith("Usage: outagesim " + name), help.out());
      String flat = help.out().replaceAll("\\s+", " ");
      for (String word : descriptionWords(name)) {
        assertTrue(
            flat.contains(word),
            "'" + word + "' broken or missing in the help of " + name + ":\n" + help.out());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void percentSignsAreShownLiterally(String name) {
    Rendered help = render(new String[] {name, "--help"});
    if (name.equals("run") || name.equals("sweep")) {
      assertTrue(help.out().contains("95% half-width"), help.out());
    }
    assertFalse(help.out().contains("%%"), help.out());
  }

  /** The words of every option's description, as picocli will show them. */
  private static List<String> descriptionWords(String name) {
    CommandLine sub = Main.commandLine().getSubcommands().get(name);
    List<String> words = new ArrayList<>();
    for (OptionSpec o : sub.getCommandSpec().options()) {
      for (String line : o.description()) {
        String shown =
            line.replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue())).replace("%%", "%");
        for (String w : shown.split("\\s+", -1)) {
          if (!w.isBlank() && !w.contains("${")) {
            words.add(w);
          }
        }
      }
    }
    return words;
  }

  private record Rendered(int code, String out, String err, String stray) {
    String all() {
      return out + err + stray;
    }
  }

  /**
   * Runs the command, catching also what picocli's tracer writes to {@code System.err} directly.
   */
  private static Rendered render(String[] args) {
    PrintStream original = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
    try {
      int code =
          Main.execute(
              args,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Rendered(
          code,
          out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8),
          stray.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }
}
