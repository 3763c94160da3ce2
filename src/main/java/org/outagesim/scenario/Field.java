package org.outagesim.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One key of a mapping being read: converts its value to the type its {@link Shape} declares,
 * checks the declared range, and on any mistake reports a problem and returns the default so
 * reading goes on. An absent key and an explicit {@code null} both mean "use the default".
 *
 * <p>A reader that asks for another type than the one declared, or calls {@link #required()} on a
 * key not declared required, is a bug: it fails with an {@link IllegalStateException}, so the
 * declarations the JSON Schema is written from stay those the validator applies.
 */
final class Field {
  /** YAML 1.1 spellings of true that the YAML parser resolves to a boolean. */
  private static final List<String> TRUE_WORDS = List.of("true", "yes", "on", "y");

  private final Node node;
  private final Origin parentOrigin;
  private final String path;
  private final ProblemList problems;
  private final Shape shape;
  private final boolean declaredRequired;

  /**
   * @param shape what the key is declared to hold, or {@code null} for a list element read by its
   *     parent's declaration
   * @param declaredRequired whether the enclosing mapping declares the key required
   */
  Field(
      Node node,
      Origin parentOrigin,
      String path,
      Shape shape,
      boolean declaredRequired,
      ProblemList problems) {
    this.node = node instanceof Node.Scalar s && s.isNull() ? null : node;
    this.parentOrigin = parentOrigin;
    this.path = path;
    this.shape = shape;
    this.declaredRequired = declaredRequired;
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

  /** Element {@code index} of this field's list, as a field of its own with no value declared. */
  Field element(Node item, int index) {
    return element(item, index, null);
  }

  /** Element {@code index} of this field's list, holding what {@code shape} declares. */
  Field element(Node item, int index, Shape shape) {
    return new Field(item, item.origin(), path + "[" + index + "]", shape, false, problems);
  }

  /** Reports the key as missing when absent; returns this for chaining. */
  Field required() {
    if (!declaredRequired) {
      throw new IllegalStateException(
          path + " is read as required but ScenarioShape does not declare it so");
    }
    if (node == null) {
      problems.add(parentOrigin, path, "required key is missing");
    }
    return this;
  }

  void problem(String message) {
    problems.add(origin(), path, message);
  }

  /** A text, for a key declared as text, id or one of fixed spellings. */
  String string(String def) {
    Value v = shape == null ? null : shape.value();
    if (!(v instanceof Value.Text || v instanceof Value.Id || v instanceof Value.Choice)) {
      throw new IllegalStateException(
          path
              + " is read as text but ScenarioShape declares "
              + (v == null ? "no value" : v.getClass().getSimpleName()));
    }
    Node.Scalar s = scalar("a text");
    return s == null ? def : s.text();
  }

  /** A boolean, as declared. */
  boolean bool(boolean def) {
    declared(Value.Bool.class);
    Node.Scalar s = scalar("true or false");
    if (s == null) {
      return def;
    }
    if (s.kind() != Node.Scalar.Kind.BOOLEAN) {
      return mistake("expected true or false, got " + s.describe(), def);
    }
    return TRUE_WORDS.contains(s.text().toLowerCase(Locale.ROOT));
  }

  /** The declared value of this key, checked to be of the type the reader expects. */
  private <V extends Value> V declared(Class<V> type) {
    Value v = shape == null ? null : shape.value();
    if (!type.isInstance(v)) {
      throw new IllegalStateException(
          path
              + " is read as "
              + type.getSimpleName()
              + " but ScenarioShape declares "
              + (v == null ? "no value" : v.getClass().getSimpleName()));
    }
    return type.cast(v);
  }

  /** A number in the declared range. */
  double number(double def) {
    return number(def, declared(Value.Real.class).range());
  }

  /** An integer in the declared range. */
  long integer(long def) {
    return integer(def, declared(Value.Whole.class).range());
  }

  int intValue(int def) {
    return (int) integer(def);
  }

  /** A duration in the declared range. */
  double duration(double def) {
    return duration(def, declared(Value.Duration.class).range());
  }

  private double number(double def, Range range) {
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

  private long integer(long def, Range range) {
    Node.Scalar s = scalar("an integer");
    if (s == null) {
      return def;
    }
    BigInteger value = integer(s);
    if (value == null) {
      return mistake("expected an integer, got " + s.describe(), def);
    }
    boolean inRange =
        value.compareTo(BigInteger.valueOf((long) range.min())) >= 0
            && value.compareTo(BigInteger.valueOf((long) range.max())) <= 0;
    return inRange ? value.longValue() : mistake(range.rule() + ", got " + s.text(), def);
  }

  private double duration(double def, Range range) {
    Node.Scalar s = scalar("a duration");
    if (s == null) {
      return def;
    }
    OptionalDouble seconds =
        s.kind() == Node.Scalar.Kind.STRING
            ? DurationParser.parseSeconds(s.text())
            : OptionalDouble.empty();
    if (seconds.isEmpty()) {
      return mistake(DurationParser.EXPECTED + ", got " + s.describe(), def);
    }
    return inRange(seconds.getAsDouble(), s.text(), range, def);
  }

  /**
   * One of the declared spellings (in the order shown to the user), mapped to the reader's values;
   * {@code values} must cover exactly the declared spellings.
   */
  <E> E choice(E def, Map<String, E> values) {
    List<String> declared = declared(Value.Choice.class).spellings();
    if (!new java.util.HashSet<>(declared).equals(values.keySet())) {
      throw new IllegalStateException(
          path + " reads " + values.keySet() + " but ScenarioShape declares " + declared);
    }
    Map<String, E> spellings = new java.util.LinkedHashMap<>();
    declared.forEach(k -> spellings.put(k, values.get(k)));
    return choiceOf(def, spellings);
  }

  private <E> E choiceOf(E def, Map<String, E> spellings) {
    Node.Scalar s = scalar("one of " + String.join(", ", spellings.keySet()));
    if (s == null) {
      return def;
    }
    E value = spellings.get(s.text());
    if (value == null) {
      return mistake(
          "expected one of "
              + String.join(", ", spellings.keySet())
              + ", got "
              + s.describe()
              + ClosestName.hint(s.text(), spellings.keySet()),
          def);
    }
    return value;
  }

  /**
   * For a key declared as {@link Value.Steps}: the same key read as one constant value of the
   * steps' kind (a rate, a fraction or a delay).
   */
  Field constantOfSteps() {
    Value.Steps steps = declared(Value.Steps.class);
    return new Field(
        node, parentOrigin, path, steps.values().valueShape(), declaredRequired, problems);
  }

  /** The kind of values of a key declared as {@link Value.Steps}. */
  StepProfileReader.Values stepValues() {
    return declared(Value.Steps.class).values();
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
