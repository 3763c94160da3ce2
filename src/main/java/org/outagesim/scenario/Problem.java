package org.outagesim.scenario;

/**
 * One thing wrong with a scenario, located for the user.
 *
 * @param file the file as the user named it, or {@code --set} for a command-line override
 * @param line 1-based line, or 0 when no line applies (e.g. a missing file)
 * @param path key path such as {@code tenants[3].capacity.servers}, or empty
 * @param message what is wrong and what was expected
 */
public record Problem(String file, int line, String path, String message) {

  /** {@code file:line: path: message}, leaving out the parts that are absent. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (path != null && !path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(message).toString();
  }
}
