package org.outagesim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where and why a text is not YAML, for scenario and sweep files alike. The place is SnakeYAML's
 * problem mark, the character the scanner or parser could not accept (a tab used for indentation, a
 * key indented one space too far). Jackson's own location is not used: it is the start of the last
 * token read successfully, which for a tab at the start of a line is the end of the line before.
 * Errors Jackson finds itself (a duplicate key in a sweep file) have no such mark and keep
 * Jackson's line, without a column.
 *
 * @param line 1-based line of the offending character, 0 when unknown
 * @param column 1-based column of the offending character, 0 when unknown
 * @param problem SnakeYAML's problem text without its context lines and caret drawing
 * @param context where the construct that could not be finished begins, like {@code (while scanning
 *     a quoted scalar that begins at line 2, column 14)}, or empty
 */
public record YamlSyntaxError(int line, int column, String problem, String context) {

  /** The error Jackson's YAML parser threw. */
  public static YamlSyntaxError of(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      String problem =
          marked.getProblem() != null ? marked.getProblem() : firstLine(e.getOriginalMessage());
      return new YamlSyntaxError(
          mark.getLine() + 1, mark.getColumn() + 1, problem, context(marked));
    }
    JsonLocation at = e.getLocation();
    return new YamlSyntaxError(
        at == null ? 0 : Math.max(0, at.getLineNr()), 0, firstLine(e.getOriginalMessage()), "");
  }

  /**
   * Where the construct that could not be finished begins, when that is elsewhere: an unclosed
   * quote is found at the end of the file but begins where the quote was opened.
   */
  private static String context(MarkedYAMLException e) {
    Mark start = e.getContextMark();
    if (e.getContext() == null
        || start == null
        || (start.getLine() == e.getProblemMark().getLine()
            && start.getColumn() == e.getProblemMark().getColumn())) {
      return "";
    }
    return " ("
        + e.getContext()
        + " that begins at line "
        + (start.getLine() + 1)
        + ", column "
        + (start.getColumn() + 1)
        + ")";
  }

  /** The problem as reported in {@code file}: {@code file:line:column: invalid YAML: message}. */
  public Problem in(String file) {
    return new Problem(file, line, column, "", "invalid YAML: " + problem + context);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
