package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A mapping of the scenario being read, at a known path and with a known {@link Shape}. Creating
 * one reports its unknown keys; an absent or wrongly typed mapping reads as empty, so every key
 * falls back to its default and reading can go on.
 */
final class Section {
  private final Node.Mapping mapping;
  private final Origin origin;
  private final String path;
  private final Shape shape;
  private final ProblemList problems;

  private Section(
      Node.Mapping mapping, Origin origin, String path, Shape shape, ProblemList problems) {
    this(mapping, origin, path, shape, problems, true);
  }

  private Section(
      Node.Mapping mapping,
      Origin origin,
      String path,
      Shape shape,
      ProblemList problems,
      boolean checkKeys) {
    this.mapping = mapping;
    this.origin = origin;
    this.path = path;
    this.shape = shape;
    this.problems = problems;
    if (checkKeys) {
      reportUnknownKeys();
    }
  }

  /**
   * @param node the mapping, or {@code null} when absent
   * @param origin where to report keys missing from it (the line of the key that holds it)
   */
  static Section of(Node node, Origin origin, String path, Shape shape, ProblemList problems) {
    if (node == null || (node instanceof Node.Scalar s && s.isNull())) {
      return new Section(null, origin, path, shape, problems);
    }
    if (node instanceof Node.Mapping m) {
      return new Section(m, origin, path, shape, problems);
    }
    problems.add(node.origin(), path, "expected a mapping, got " + node.describe());
    return new Section(null, origin, path, shape, problems);
  }

  String path() {
    return path;
  }

  Origin origin() {
    return origin;
  }

  ProblemList problems() {
    return problems;
  }

  boolean isAbsent() {
    return mapping == null;
  }

  /** The keys present, in file order. */
  List<String> keys() {
    return mapping == null ? List.of() : List.copyOf(mapping.entries().keySet());
  }

  Field field(String key) {
    Shape child = checkKnown(key);
    Node.Entry e = mapping == null ? null : mapping.entries().get(key);
    return new Field(
        e == null ? null : e.value(),
        origin,
        childPath(key),
        child,
        shape.isRequired(key),
        problems);
  }

  /**
   * The same mapping read as one of its shape's variants (a fault of a given type), whose fields
   * carry the variant's types and required keys. Unknown keys were reported already; the keys of
   * the whole shape that the variant lacks are returned by {@link #keysOutsideVariant}.
   */
  Section variant(String name) {
    Shape v = shape.variant(name);
    if (v == null) {
      throw new IllegalArgumentException("no variant '" + name + "' of " + path);
    }
    return new Section(mapping, origin, path, v, problems, false);
  }

  /**
   * The keys present that the whole shape knows but the variant {@code name} does not, in file
   * order.
   */
  List<String> keysOutsideVariant(String name) {
    Shape v = shape.variant(name);
    return keys().stream().filter(k -> shape.child(k) != null && v.child(k) == null).toList();
  }

  Section section(String key) {
    Shape child = checkKnown(key);
    Node.Entry e = mapping == null ? null : mapping.entries().get(key);
    Origin at = e == null ? origin : e.keyOrigin();
    return of(e == null ? null : e.value(), at, childPath(key), child, problems);
  }

  /** The elements of a list of mappings, each read by {@code reader(section, index)}. */
  <T> List<T> list(String key, BiFunction<Section, Integer, T> reader) {
    Shape child = checkKnown(key);
    Field f = field(key);
    List<T> out = new ArrayList<>();
    if (!f.present()) {
      return out;
    }
    if (!(f.node() instanceof Node.Sequence seq)) {
      f.problem("expected a list, got " + f.node().describe());
      return out;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      Node item = seq.items().get(i);
      Section element =
          of(item, item.origin(), f.path() + "[" + i + "]", child.element(), problems);
      out.add(reader.apply(element, i));
    }
    return out;
  }

  private String childPath(String key) {
    if (shape.isAnyKeyMapping()) {
      return path + "." + key;
    }
    return path.isEmpty() ? key : path + "." + key;
  }

  private Shape checkKnown(String key) {
    Shape child = shape.child(key);
    if (child == null) {
      throw new IllegalArgumentException("key '" + key + "' is not in the shape of " + path);
    }
    return child;
  }

  private void reportUnknownKeys() {
    if (mapping == null || shape.isAnyKeyMapping()) {
      return;
    }
    for (Node.Entry e : mapping.entries().values()) {
      if (shape.child(e.key()) == null) {
        String message = ClosestName.unknown("key", e.key(), shape.keyNames());
        problems.add(e.keyOrigin(), path, message);
      }
    }
  }
}
