package org.outagesim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a part of a scenario may hold: a mapping with fixed keys (some of them required), a mapping
 * whose keys are ids chosen by the user (profiles), a list of like elements, or a leaf holding a
 * {@link Value}. A mapping may also accept a plain value instead (a delay written as a duration),
 * and may have variants chosen by one of its keys (a fault's {@code type}), each variant naming the
 * keys and required keys that apply to it.
 *
 * <p>Unknown-key checks, {@code --set} paths, the types and ranges {@link Field} reads, the
 * required keys and the JSON Schema ({@link ScenarioSchema}) all come from these declarations, so
 * they can never disagree. Shapes are immutable; every method returns a new one.
 */
final class Shape {
  /** What a shape describes. */
  enum Kind {
    LEAF,
    MAPPING,
    LIST,
    ANY_KEY_MAPPING
  }

  /** How many of a group of optional keys a mapping must have. */
  enum Alternatives {
    EXACTLY_ONE,
    AT_LEAST_ONE
  }

  /**
   * The variants of a mapping.
   *
   * @param key the key whose value selects the variant
   * @param fallback the variant that applies when the key is absent, or {@code null} when it is
   *     required
   * @param shapes each variant's shape by the key's value, in the order of the docs
   */
  record Variants(String key, String fallback, Map<String, Shape> shapes) {}

  private final Kind kind;
  private Map<String, Shape> fields = Map.of();
  private Set<String> required = Set.of();
  private Shape inner;
  private Value value;
  private String description;
  private Variants variants;
  private boolean nonEmpty;
  private Alternatives alternatives;
  private List<String> alternativeKeys = List.of();

  private Shape(Kind kind, String description) {
    this.kind = kind;
    this.description = description;
  }

  private Shape copy() {
    Shape s = new Shape(kind, description);
    s.fields = fields;
    s.required = required;
    s.inner = inner;
    s.value = value;
    s.variants = variants;
    s.nonEmpty = nonEmpty;
    s.alternatives = alternatives;
    s.alternativeKeys = alternativeKeys;
    return s;
  }

  /** A leaf holding {@code value}. */
  static Shape leaf(Value value, String description) {
    Shape s = new Shape(Kind.LEAF, description);
    s.value = value;
    return s;
  }

  /** A mapping without keys yet; add them with {@link #key} and {@link #requiredKey}. */
  static Shape mapping(String description) {
    return new Shape(Kind.MAPPING, description);
  }

  static Shape listOf(Shape element, String description) {
    Shape s = new Shape(Kind.LIST, description);
    s.inner = element;
    return s;
  }

  /** A mapping from user-chosen ids (spelt as {@link Ids} allows) to values of one shape. */
  static Shape mapOf(Shape value, String description) {
    Shape s = new Shape(Kind.ANY_KEY_MAPPING, description);
    s.inner = value;
    return s;
  }

  /** This mapping with one more optional key (or the key's shape replaced, keeping its place). */
  Shape key(String name, Shape shape) {
    Map<String, Shape> f = new LinkedHashMap<>(fields);
    f.put(name, shape);
    Shape s = copy();
    s.fields = Collections.unmodifiableMap(f);
    return s;
  }

  /** This mapping with one more key that must be present. */
  Shape requiredKey(String name, Shape shape) {
    return key(name, shape).require(name);
  }

  /** This mapping with the named keys, which it already has, required. */
  Shape require(String... names) {
    Set<String> r = new LinkedHashSet<>(required);
    for (String n : names) {
      checkHas(n);
      r.add(n);
    }
    Shape s = copy();
    s.required = Collections.unmodifiableSet(r);
    return s;
  }

  /** This mapping restricted to the named keys, in this mapping's order, for a variant. */
  Shape only(List<String> names) {
    names.forEach(this::checkHas);
    Map<String, Shape> f = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (names.contains(k)) {
            f.put(k, v);
          }
        });
    Set<String> r = new LinkedHashSet<>(required);
    r.retainAll(f.keySet());
    Shape s = copy();
    s.fields = Collections.unmodifiableMap(f);
    s.required = Collections.unmodifiableSet(r);
    s.variants = null;
    return s;
  }

  /** This mapping also accepting a plain value in its place. */
  Shape orValue(Value plain) {
    Shape s = copy();
    s.value = plain;
    return s;
  }

  Shape described(String text) {
    Shape s = copy();
    s.description = text;
    return s;
  }

  /** This list required to hold at least one element. */
  Shape nonEmpty() {
    Shape s = copy();
    s.nonEmpty = true;
    return s;
  }

  /** This mapping required to hold exactly one, or at least one, of the named optional keys. */
  Shape alternatives(Alternatives how, String... names) {
    List.of(names).forEach(this::checkHas);
    Shape s = copy();
    s.alternatives = how;
    s.alternativeKeys = List.of(names);
    return s;
  }

  Shape withVariants(String key, String fallback, Map<String, Shape> shapes) {
    checkHas(key);
    Shape s = copy();
    s.variants =
        new Variants(key, fallback, Collections.unmodifiableMap(new LinkedHashMap<>(shapes)));
    return s;
  }

  Kind kind() {
    return kind;
  }

  boolean isList() {
    return kind == Kind.LIST;
  }

  boolean isAnyKeyMapping() {
    return kind == Kind.ANY_KEY_MAPPING;
  }

  /** The shape of a list's elements or of an any-key mapping's values. */
  Shape element() {
    return inner;
  }

  /** A leaf's value, or the plain value a mapping accepts instead; {@code null} when none. */
  Value value() {
    return value;
  }

  String description() {
    return description;
  }

  boolean isNonEmpty() {
    return nonEmpty;
  }

  /**
   * How many of {@link #alternativeKeys()} must be present, or {@code null} when no group is
   * declared.
   */
  Alternatives alternatives() {
    return alternatives;
  }

  List<String> alternativeKeys() {
    return alternativeKeys;
  }

  /** The variants, or {@code null} when this mapping has none. */
  Variants variants() {
    return variants;
  }

  /** The variant for a value of the variant key, or {@code null} when there is none. */
  Shape variant(String name) {
    return variants == null ? null : variants.shapes().get(name);
  }

  Set<String> keyNames() {
    return fields.keySet();
  }

  /** The fixed keys with their shapes, in declaration order. */
  Map<String, Shape> fields() {
    return fields;
  }

  Set<String> requiredKeys() {
    return required;
  }

  boolean isRequired(String key) {
    return required.contains(key);
  }

  /** The shape under {@code key}, or {@code null} when this mapping does not accept it. */
  Shape child(String key) {
    return kind == Kind.ANY_KEY_MAPPING ? inner : fields.get(key);
  }

  private void checkHas(String name) {
    if (!fields.containsKey(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a key of this mapping");
    }
  }
}
