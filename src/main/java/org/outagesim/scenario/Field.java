package org.outagesim.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One key of a mapping being read: converts its value to the type the format expects, checks
 * the range, and on any mistake reports a problem and returns the default so reading goes on.
 * An absent key and an explicit {@code null} both mean "use the default".
 */
final class Field {
  /** YAML 1.1 spellings of true that the YAML parser resolves to a boolean. */
  private static final List<String> TRUE_WORDS = List.of("true", "yes", "on", "y");

  private final Node node;
  private final Origin parentOrigin;
  private final String path;
  private final ProblemList problems;

  Field(Node node, Origin parentOrigin, String path, ProblemList problems) {
    this.node = node instanceof Node.Scalar s && s.isNull() ? null : node;
    this.parentOrigin = parentOrigin;
    this.path = path;
    this.problems = problems;
  }

  boolean present() {
    return node != null;
  }

  Node node() {
    return node;
  }

  String path() {
    return path;
  }

  /** Where the value is written, or the enclosing mapping when it is absent. */
  Origin origin() {
    return node == null ? parentOrigin : node.origin();
  }

  /** Element {@code index} of this field's list, as a field of its own. */
  Field element(Node item, int index) {
    return new Field(item, item.origin(), path + "[" + index + "]", problems);
  }

  /** Reports the key as missing when absent; returns this for chaining. */
  Field required() {
    if (node == null) {
      problems.add(parentOrigin, path, "required key is missing");
    }
    return this;
  }

  void problem(String message) {
    problems.add(origin(), path, message);
  }

  String string(String def) {
    Node.Scalar s = scalar("a text");
    return s == null ? def : s.text();
  }

  boolean bool(boolean def) {
    Node.Scalar s = scalar("true or false");
    if (s == null) {
      return def;
    }
    if (s.kind() != Node.Scalar.Kind.BOOLEAN) {
      return mistake("expected true or false, got " + s.describe(), def);
    }
    return TRUE_WORDS.contains(s.text().toLowerCase(Locale.ROOT));
  }

  double number(double def, Range range) {
    Node.Scalar s = scalar("a number");
    if (s == null) {
      return def;
    }
    if (s.kind() == Node.Scalar.Kind.NUMBER && !Double.isFinite(s.number().doubleValue())) {
      return mistake("expected a finite number, got " + s.describe(), def);
    }
    BigDecimal value = decimal(s);
    if (value == null) {
      return mistake("expected a number, got " + s.describe(), def);
    }
    return inRange(value.doubleValue(), s.text(), range, def);
  }

  long integer(long def, Range range) {
    Node.Scalar s = scalar("an integer");
    if (s == null) {
      return def;
    }
    BigInteger value = integer(s);
    if (value == null) {
      return mistake("expected an integer, got " + s.describe(), def);
    }
    boolean inRange = value.compareTo(BigInteger.valueOf((long) range.min())) >= 0
        && value.compareTo(BigInteger.valueOf((long) range.max())) <= 0;
    return inRange ? value.longValue() : mistake(range.rule() + ", got " + s.text(), def);
  }

  int intValue(int def, Range range) {
    return (int) integer(def, range);
  }

  double duration(double def, Range range) {
    Node.Scalar s = scalar("a duration");
    if (s == null) {
      return def;
    }
    OptionalDouble seconds =
        s.kind() == Node.Scalar.Kind.STRING ? DurationText.parseSeconds(s.text()) : OptionalDouble.empty();
    if (seconds.isEmpty()) {
      return mistake(DurationText.EXPECTED + ", got " + s.describe(), def);
    }
    return inRange(seconds.getAsDouble(), s.text(), range, def);
  }

  /**
   * One of the given spellings (in the order shown to the user); a wrong one is reported with
   * all of them and the closest, and gives {@code def}.
   */
  <E> E choice(E def, Map<String, E> spellings) {
    Node.Scalar s = scalar("one of " + String.join(", ", spellings.keySet()));
    if (s == null) {
      return def;
    }
    E value = spellings.get(s.text());
    if (value == null) {
      return mistake("expected one of " + String.join(", ", spellings.keySet()) + ", got " + s.describe()
          + ClosestName.hint(s.text(), spellings.keySet()), def);
    }
    return value;
  }

  /** The value as a scalar, or {@code null} (after reporting) when absent or not a scalar. */
  Node.Scalar scalar(String expected) {
    if (node == null) {
      return null;
    }
    if (node instanceof Node.Scalar s) {
      return s;
    }
    problem("expected " + expected + ", got " + node.describe());
    return null;
  }

  private double inRange(double value, String text, Range range, double def) {
    if (!range.contains(value)) {
      return mistake(range.rule() + ", got " + text, def);
    }
    return value;
  }

  private <T> T mistake(String message, T def) {
    problem(message);
    return def;
  }

  private static BigDecimal decimal(Node.Scalar s) {
    if (s.kind() == Node.Scalar.Kind.NUMBER) {
      return new BigDecimal(s.number().toString());
    }
    if (s.kind() != Node.Scalar.Kind.STRING) {
      return null;
    }
    try {
      return new BigDecimal(s.text().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigInteger integer(Node.Scalar s) {
    if (s.kind() == Node.Scalar.Kind.NUMBER) {
      return s.number() instanceof BigInteger b ? b : null;
    }
    if (s.kind() != Node.Scalar.Kind.STRING) {
      return null;
    }
    try {
      return new BigInteger(s.text().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
