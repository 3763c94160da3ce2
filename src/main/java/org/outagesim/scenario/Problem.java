package org.outagesim.scenario;

/**
 * One thing wrong with a scenario, located for the user.
 *
 * @param file the file as the user named it, or {@code --set} for a command-line override
 * @param line 1-based line, or 0 when no line applies (e.g. a missing file)
 * @param column 1-based column of the offending character, or 0 when only the line is known (every
 *     problem but a YAML syntax error)
 * @param path key path such as {@code tenants[3].capacity.servers}, or empty
 * @param message what is wrong and what was expected
 */
public record Problem(String file, int line, int column, String path, String message) {

  /** A problem located by line only. */
  public Problem(String file, int line, String path, String message) {
    this(file, line, 0, path, message);
  }

  /**
   * {@code file:line:column: path: message}, leaving out the parts that are absent; the {@code
   * file:line:column} prefix is the one compilers use, which editors and terminals link.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (path != null && !path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(message).toString();
  }
}
