package org.outagesim.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * How the results were made, from {@code manifest.json}: enough to repeat the run and check its
 * inputs.
 */
final class RunSection {

  private RunSection() {}

  static void appendTo(Markup m, ManifestData run) {
    m.raw("<section id=\"run\"><h2>Run</h2>\n<dl class=\"facts\">\n");
    m.definition("Tool version", "outagesim " + run.toolVersion());
    m.definition("Scenario file", run.scenarioFile());
    m.raw("<dt>Scenario SHA-256</dt><dd><code class=\"hash\">")
        .text(run.scenarioSha256())
        .raw("</code></dd>\n");
    m.definition(
        "Overrides", run.overrides().isEmpty() ? "none" : String.join("  ", run.overrides()));
    m.definition("Master seed", run.seed());
    m.definition("Replications", run.replications());
    m.definition("Threads", run.threads());
    m.definition("Wall time", WallClock.duration(run.wallSeconds()));
    m.definition("Java", run.javaVersion());
    m.raw("<dt>Command line</dt><dd><code>")
        .text(commandLine(run.commandLine()))
        .raw("</code></dd>\n");
    m.raw("</dl>\n</section>\n");
  }

  /** {@code outagesim} and the arguments, each quoted for a POSIX shell when it needs it. */
  static String commandLine(List<String> args) {
    List<String> words = new ArrayList<>();
    words.add("outagesim");
    for (String a : args) {
      words.add(a.matches("[A-Za-z0-9_@%+=:,./-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    return String.join(" ", words);
  }
}
