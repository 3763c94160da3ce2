package org.outagesim.scenario;

/**
 * Where a piece of a scenario came from: a file and a 1-based line, or the command line
 * ({@link #OVERRIDE_FILE}, line 0).
 */
record Origin(String file, int line) {

  /** The file name reported for values that came from a {@code --set} override. */
  static final String OVERRIDE_FILE = "--set";

  static Origin override() {
    return new Origin(OVERRIDE_FILE, 0);
  }

  boolean isOverride() {
    return OVERRIDE_FILE.equals(file);
  }
}
