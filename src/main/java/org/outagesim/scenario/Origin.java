package org.outagesim.scenario;

/**
 * Where a piece of a scenario came from: a file and a 1-based line, or the command line (line 0): a
 * {@code --set} override ({@link #OVERRIDE_FILE}) or an option that stands for one, such as {@code
 * --seed 5} for {@code seed=5}.
 *
 * @param file the file as the user named it, or the command-line option
 * @param option whether {@code file} is an option that stands for one key: its problems name the
 *     option alone, since the option already says which key it sets
 */
record Origin(String file, int line, boolean option) {

  /** The file name reported for values that came from a {@code --set} override. */
  static final String OVERRIDE_FILE = "--set";

  Origin(String file, int line) {
    this(file, line, false);
  }

  static Origin override() {
    return new Origin(OVERRIDE_FILE, 0);
  }

  /** The origin of a value given with a command-line option such as {@code --replications}. */
  static Origin option(String name) {
    return new Origin(name, 0, true);
  }

  boolean isOverride() {
    return OVERRIDE_FILE.equals(file);
  }
}
