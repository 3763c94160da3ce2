package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it came from, so that every problem can name its line. The tree is
 * mutable only while overrides are applied; {@link #copy()} gives each document its own.
 */
sealed interface Node {

  Origin origin();

  /** Short description for "expected X, got Y" messages. */
  String describe();

  Node copy();

  /** A key of a mapping with the line the key itself is written on. */
  record Entry(String key, Origin keyOrigin, Node value) {}

  /** A YAML mapping; keys keep their file order. */
  record Mapping(Origin origin, Map<String, Entry> entries) implements Node {

    static Mapping empty(Origin origin) {
      return new Mapping(origin, new LinkedHashMap<>());
    }

    Node get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    void put(String key, Origin keyOrigin, Node value) {
      entries.put(key, new Entry(key, keyOrigin, value));
    }

    @Override
    public String describe() {
      return "a mapping";
    }

    @Override
    public Mapping copy() {
      Map<String, Entry> copied = new LinkedHashMap<>();
      entries.forEach((k, e) -> copied.put(k, new Entry(k, e.keyOrigin(), e.value().copy())));
      return new Mapping(origin, copied);
    }
  }

  /** A YAML sequence. */
  record Sequence(Origin origin, List<Node> items) implements Node {

    @Override
    public String describe() {
      return "a list";
    }

    @Override
    public Sequence copy() {
      List<Node> copied = new ArrayList<>();
      items.forEach(n -> copied.add(n.copy()));
      return new Sequence(origin, copied);
    }
  }

  /**
   * A YAML scalar as written, with the type the YAML parser resolved for it.
   *
   * @param number the parsed value for {@link Kind#NUMBER}, otherwise {@code null}
   */
  record Scalar(Origin origin, String text, Kind kind, Number number) implements Node {

    /** What the YAML parser made of the scalar. */
    enum Kind {
      STRING,
      NUMBER,
      BOOLEAN,
      NULL
    }

    boolean isNull() {
      return kind == Kind.NULL;
    }

    @Override
    public String describe() {
      return isNull() ? "nothing" : "'" + text + "'";
    }

    @Override
    public Scalar copy() {
      return this;
    }
  }
}
