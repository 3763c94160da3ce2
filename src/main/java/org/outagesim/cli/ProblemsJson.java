package org.outagesim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.outagesim.scenario.Problem;
import org.outagesim.scenario.ScenarioException;

/**
 * The result of {@code validate --json}: one line of JSON on stdout, {@code {"file": ..., "valid":
 * ..., "problems": [{"file", "line", "column", "path", "message"}]}}. {@code line} and {@code
 * column} are 1-based, {@code null} where none applies (a missing file, a {@code --set} override)
 * or is not known; {@code path} is the key path, {@code ""} for none. The exit code is the same as
 * without {@code --json}: 0 when valid, 2 when not.
 */
final class ProblemsJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A check that either passes or throws the problems it found. */
  interface Check {
    void run() throws ScenarioException, BadInputException;
  }

  private ProblemsJson() {}

  /** Runs the check, prints its result as JSON and returns the exit code. */
  static int report(Path file, Check check, PrintWriter out) {
    List<Problem> problems;
    try {
      check.run();
      problems = List.of();
    } catch (ScenarioException e) {
      problems = e.problems();
    } catch (BadInputException e) {
      problems =
          List.of(new Problem(file.toString(), 0, "", withoutFilePrefix(file, e.getMessage())));
    }
    out.println(text(file, problems));
    out.flush();
    return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  static String text(Path file, List<Problem> problems) {
    ObjectNode root = JSON.createObjectNode();
    root.put("file", file.toString());
    root.put("valid", problems.isEmpty());
    ArrayNode list = root.putArray("problems");
    for (Problem p : problems) {
      ObjectNode o = list.addObject();
      o.put("file", p.file());
      if (p.line() > 0) {
        o.put("line", p.line());
      } else {
        o.putNull("line");
      }
      o.putNull("column");
      o.put("path", p.path() == null ? "" : p.path());
      o.put("message", p.message());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes is always writable", e);
    }
  }

  private static String withoutFilePrefix(Path file, String message) {
    String prefix = file + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
