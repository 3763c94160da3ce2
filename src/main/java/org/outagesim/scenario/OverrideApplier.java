package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies {@code --set path=value} overrides to a scenario tree before it is validated. The value
 * is read as YAML ({@code 10s}, {@code 5}, {@code true}, {@code [[0m, 0.5]]}) and replaces what the
 * path holds; missing mappings along the path are created. Paths are checked against {@link
 * ScenarioShape}, so a misspelt key is reported instead of silently added. A bad override is
 * reported under the file {@code --set} with the override text as its path, and changes nothing.
 */
final class OverrideApplier {
  private final ProblemList problems;

  OverrideApplier(ProblemList problems) {
    this.problems = problems;
  }

  /** Signals a bad override; the message is reported against the override text. */
  private static final class BadOverride extends Exception {
    private static final long serialVersionUID = 1L;

    BadOverride(String message) {
      super(message, null, false, false);
    }
  }

  void apply(Node.Mapping root, String override) {
    apply(root, override, Origin.override());
  }

  /**
   * Applies an override that came from {@code origin}: {@code --set}, or an option standing for
   * one, whose problems then name the option instead of the override text.
   */
  void apply(Node.Mapping root, String override, Origin origin) {
    try {
      int eq = override.indexOf('=');
      Optional<OverridePath> path =
          eq < 0 ? Optional.empty() : OverridePath.parse(override.substring(0, eq).strip());
      if (path.isEmpty()) {
        throw new BadOverride("expected path=value, like tenants[shop].deployment.ttl=30s");
      }
      Node value = value(override.substring(eq + 1), origin);
      List<Target> targets = targets(root, path.get(), origin);
      targets.forEach(t -> t.set(value.copy()));
    } catch (BadOverride e) {
      problems.add(origin, override, e.getMessage());
    }
  }

  private Node value(String text, Origin origin) throws BadOverride {
    ProblemList valueProblems = new ProblemList();
    Node value = YamlTreeReader.forOverride(valueProblems, origin).read(text);
    if (!valueProblems.isEmpty()) {
      String message = valueProblems.sorted().get(0).message();
      throw new BadOverride("invalid value: " + message.replaceFirst("^invalid YAML: ", ""));
    }
    return value != null ? value : new Node.Scalar(origin, "", Node.Scalar.Kind.NULL, null);
  }

  /** A place a value can be written to: a key of a mapping or an element of a list. */
  private interface Target {
    void set(Node value);

    /** What the place holds now; {@code null} when nothing. */
    Node current();
  }

  /**
   * What {@code path} holds in {@code root} at each place it selects ({@code null} where the key is
   * absent), or empty when the path is not a valid override path. Mappings missing along the path
   * are created in {@code root}, so give it a copy.
   */
  static java.util.Optional<List<Node>> current(Node.Mapping root, String path) {
    Optional<OverridePath> parsed = OverridePath.parse(path);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    try {
      List<Node> out = new ArrayList<>();
      for (Target t : targets(root, parsed.get(), Origin.override())) {
        out.add(t.current());
      }
      return Optional.of(out);
    } catch (BadOverride e) {
      return Optional.empty();
    }
  }

  private static List<Target> targets(Node.Mapping root, OverridePath path, Origin origin)
      throws BadOverride {
    List<Node.Mapping> parents = List.of(root);
    Shape shape = ScenarioShape.SCENARIO;
    List<OverridePath.Segment> segments = path.segments();
    for (int i = 0; i < segments.size(); i++) {
      OverridePath.Segment seg = segments.get(i);
      Shape child = childShape(shape, seg.key());
      boolean last = i == segments.size() - 1;
      if (seg.selector() != null) {
        if (!child.isList()) {
          throw new BadOverride(
              "'" + seg.key() + "' is not a list, it takes no [" + seg.selector() + "]");
        }
        List<Selected> selected = select(parents, seg);
        if (last) {
          return selected.stream()
              .map(
                  s ->
                      (Target)
                          new Target() {
                            @Override
                            public void set(Node v) {
                              s.list().items().set(s.index(), v);
                            }

                            @Override
                            public Node current() {
                              return s.list().items().get(s.index());
                            }
                          })
              .toList();
        }
        parents = mappings(selected, seg);
        shape = child.element();
      } else if (last) {
        return parents.stream()
            .map(
                p ->
                    (Target)
                        new Target() {
                          @Override
                          public void set(Node v) {
                            p.put(seg.key(), origin, v);
                          }

                          @Override
                          public Node current() {
                            return p.get(seg.key());
                          }
                        })
            .toList();
      } else {
        parents = descend(parents, seg.key(), origin);
        shape = child;
      }
    }
    throw new BadOverride("empty path");
  }

  private static Shape childShape(Shape shape, String key) throws BadOverride {
    Shape child = shape.child(key);
    if (child == null) {
      throw new BadOverride(ClosestName.unknown("key", key, shape.keyNames()));
    }
    return child;
  }

  private static List<Node.Mapping> descend(List<Node.Mapping> parents, String key, Origin origin)
      throws BadOverride {
    List<Node.Mapping> out = new ArrayList<>();
    for (Node.Mapping p : parents) {
      Node node = p.get(key);
      if (node == null || (node instanceof Node.Scalar s && s.isNull())) {
        Node.Mapping created = Node.Mapping.empty(origin);
        p.put(key, origin, created);
        out.add(created);
      } else if (node instanceof Node.Mapping m) {
        out.add(m);
      } else {
        throw new BadOverride("'" + key + "' holds " + node.describe() + ", not a mapping");
      }
    }
    return out;
  }

  private record Selected(Node.Sequence list, int index) {}

  private static List<Selected> select(List<Node.Mapping> parents, OverridePath.Segment seg)
      throws BadOverride {
    List<Selected> out = new ArrayList<>();
    for (Node.Mapping p : parents) {
      if (!(p.get(seg.key()) instanceof Node.Sequence list)) {
        throw new BadOverride("there is no list '" + seg.key() + "' to select from");
      }
      out.addAll(ListSelector.select(list, seg));
    }
    return out;
  }

  private static List<Node.Mapping> mappings(List<Selected> selected, OverridePath.Segment seg)
      throws BadOverride {
    List<Node.Mapping> out = new ArrayList<>();
    for (Selected s : selected) {
      if (!(s.list().items().get(s.index()) instanceof Node.Mapping m)) {
        throw new BadOverride(seg.key() + "[" + s.index() + "] is not a mapping");
      }
      out.add(m);
    }
    return out;
  }

  /** Resolves a selector against one list: {@code *}, an element's {@code id}, or an index. */
  private static final class ListSelector {
    static List<Selected> select(Node.Sequence list, OverridePath.Segment seg) throws BadOverride {
      String selector = seg.selector();
      List<Selected> out = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        String id = idOf(list.items().get(i));
        if (id != null) {
          ids.add(id);
        }
        if (selector.equals("*") || selector.equals(id)) {
          out.add(new Selected(list, i));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      if (selector.matches("\\d+")) {
        return List.of(new Selected(list, index(list, seg)));
      }
      if (selector.equals("*")) {
        return out;
      }
      throw new BadOverride(
          "no entry of "
              + seg.key()
              + " has id '"
              + selector
              + "'"
              + ClosestName.hintOrList("id", selector, ids));
    }

    private static int index(Node.Sequence list, OverridePath.Segment seg) throws BadOverride {
      long index = Long.parseLong(seg.selector().length() > 9 ? "999999999" : seg.selector());
      if (index >= list.items().size()) {
        throw new BadOverride(
            "index "
                + seg.selector()
                + " is out of range, "
                + seg.key()
                + " has "
                + list.items().size()
                + (list.items().size() == 1 ? " entry" : " entries"));
      }
      return (int) index;
    }

    private static String idOf(Node item) {
      return item instanceof Node.Mapping m && m.get("id") instanceof Node.Scalar s && !s.isNull()
          ? s.text()
          : null;
    }
  }
}
