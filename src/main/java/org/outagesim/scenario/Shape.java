package org.outagesim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The keys a part of a scenario may hold: a mapping with fixed keys, a mapping whose keys are
 * ids chosen by the user (profiles), a list of like elements, or a leaf. Both unknown-key checks
 * and {@code --set} paths are checked against it, so they can never disagree.
 */
final class Shape {
  static final Shape LEAF = new Shape(Map.of(), null, null);

  private final Map<String, Shape> fields;
  private final Shape element;
  private final Shape anyKey;

  private Shape(Map<String, Shape> fields, Shape element, Shape anyKey) {
    this.fields = fields;
    this.element = element;
    this.anyKey = anyKey;
  }

  /** A mapping whose keys are all leaves. */
  static Shape keys(String... names) {
    Map<String, Shape> f = new LinkedHashMap<>();
    for (String n : names) {
      f.put(n, LEAF);
    }
    return new Shape(f, null, null);
  }

  /** This mapping with one more key, whose value has the given shape. */
  Shape with(String name, Shape shape) {
    Map<String, Shape> f = new LinkedHashMap<>(fields);
    f.put(name, shape);
    return new Shape(f, null, null);
  }

  static Shape listOf(Shape element) {
    return new Shape(Map.of(), element, null);
  }

  /** A mapping from user-chosen ids to values of one shape. */
  static Shape mapOf(Shape value) {
    return new Shape(Map.of(), null, value);
  }

  boolean isList() {
    return element != null;
  }

  boolean isFixedMapping() {
    return !fields.isEmpty();
  }

  boolean isAnyKeyMapping() {
    return anyKey != null;
  }

  Shape element() {
    return element;
  }

  Set<String> keyNames() {
    return fields.keySet();
  }

  /** The shape under {@code key}, or {@code null} when this mapping does not accept it. */
  Shape child(String key) {
    return anyKey != null ? anyKey : fields.get(key);
  }
}
