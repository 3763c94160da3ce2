package org.outagesim.scenario;

import java.util.regex.Pattern;

/** The spelling allowed for names and ids: they appear in file names and {@code --set} paths. */
final class Ids {
  /** The spelling as a regular expression that must match the whole id. */
  static final String REGEX = "[A-Za-z0-9_.-]+";

  private static final Pattern ID = Pattern.compile(REGEX);

  private Ids() {}

  static boolean isValid(String id) {
    return ID.matcher(id).matches();
  }

  /** Reads a required id; reports and returns {@code null} when absent or badly spelled. */
  static String read(Field field) {
    String id = field.required().string(null);
    if (id == null) {
      return null;
    }
    if (!isValid(id)) {
      field.problem("must contain only letters, digits, '_', '.' and '-', got '" + id + "'");
      return null;
    }
    return id;
  }
}
