package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.outagesim.model.spec.UncertainSpec;

/**
 * Reads the scenario's {@code uncertain:} section (path → distribution) and checks each entry
 * against the scenario it belongs to:
 *
 * <ul>
 *   <li>the path is one {@code --set} accepts (unknown keys with a did-you-mean);
 *   <li>every value the distribution can give is valid for the key: the scenario is validated with
 *       the path set to each end of the range (each value of a choice), and what that breaks is
 *       reported at the entry;
 *   <li>the value the body holds at the path (the base case) lies inside the range; a key the body
 *       leaves out has its default as the base case, which is not checked.
 * </ul>
 *
 * Problems name the entry's line and the path {@code uncertain.<path>}.
 */
final class UncertainReader {
  private static final String KEY = "uncertain";

  private UncertainReader() {}

  /** An entry with where it was written. */
  private record Entry(UncertainSpec spec, Origin origin, String at) {}

  /**
   * The entries of {@code root}'s {@code uncertain:} section, checked; problems go to {@code
   * problems}. Call it on a scenario that is otherwise valid, so that what an end of a range breaks
   * is its own doing.
   */
  static List<UncertainSpec> read(Node.Mapping root, ProblemList problems) {
    List<Entry> entries = parse(root, problems);
    List<UncertainSpec> out = new ArrayList<>();
    for (Entry e : entries) {
      if (check(root, e, problems)) {
        out.add(e.spec());
      }
    }
    return out;
  }

  private static List<Entry> parse(Node.Mapping root, ProblemList problems) {
    Section top = Section.of(root, root.origin(), "", ScenarioShape.SCENARIO, problems);
    Section section = top.section(KEY);
    List<Entry> out = new ArrayList<>();
    Node.Mapping mapping = root.get(KEY) instanceof Node.Mapping m ? m : null;
    for (String path : section.keys()) {
      Section s = section.section(path);
      Origin origin = mapping.entries().get(path).keyOrigin();
      String at = KEY + "." + path;
      List<String> given =
          List.of("uniform", "triangular", "lognormal", "choice").stream()
              .filter(k -> s.keys().contains(k))
              .toList();
      if (given.isEmpty() && !s.keys().isEmpty()) {
        continue; // its unknown keys were reported
      }
      if (s.isAbsent() || given.size() != 1) {
        problems.add(
            origin,
            at,
            given.isEmpty()
                ? "expected one distribution: uniform: [min, max], triangular: [min, mode, max],"
                    + " lognormal: { p5: ..., p95: ... } or choice: [v1, v2, ...]"
                : "give one distribution, not " + String.join(" and ", given));
        continue;
      }
      String kind = given.get(0);
      UncertainSpec.Distribution d =
          switch (kind) {
            case "uniform" -> uniform(s.field(kind), problems);
            case "triangular" -> triangular(s.field(kind), problems);
            case "lognormal" -> lognormal(s.section(kind));
            default -> choice(s.field(kind), problems);
          };
      if (d != null) {
        out.add(new Entry(new UncertainSpec(path, d), origin, at));
      }
    }
    return out;
  }

  /** A number or a duration: its value (seconds for a duration) and which. */
  private record Quantity(double value, boolean duration) {}

  private static List<Quantity> quantities(Field f, int count, String example, ProblemList p) {
    if (!(f.node() instanceof Node.Sequence seq) || seq.items().size() != count) {
      f.problem(
          "expected " + example + ", got " + (f.node() == null ? "nothing" : f.node().describe()));
      return null;
    }
    List<Quantity> out = new ArrayList<>();
    for (Node item : seq.items()) {
      Quantity q = quantity(item);
      if (q == null) {
        p.add(
            item.origin(),
            f.path(),
            "expected a number or a duration like 30s, got " + item.describe());
        return null;
      }
      out.add(q);
    }
    if (out.stream().map(Quantity::duration).distinct().count() > 1) {
      f.problem("mixes numbers and durations; write all as numbers or all as durations");
      return null;
    }
    return out;
  }

  private static Quantity quantity(Node node) {
    if (!(node instanceof Node.Scalar s)) {
      return null;
    }
    if (s.kind() == Node.Scalar.Kind.NUMBER && Double.isFinite(s.number().doubleValue())) {
      return new Quantity(s.number().doubleValue(), false);
    }
    if (s.kind() == Node.Scalar.Kind.STRING) {
      OptionalDouble seconds = DurationParser.parseSeconds(s.text());
      if (seconds.isPresent()) {
        return new Quantity(seconds.getAsDouble(), true);
      }
    }
    return null;
  }

  private static UncertainSpec.Distribution uniform(Field f, ProblemList p) {
    List<Quantity> q = quantities(f, 2, "[min, max]", p);
    if (q == null) {
      return null;
    }
    if (!(q.get(0).value() < q.get(1).value())) {
      f.problem("expected [min, max] with min < max, got " + describe(q));
      return null;
    }
    return new UncertainSpec.Uniform(q.get(0).value(), q.get(1).value(), q.get(0).duration());
  }

  private static UncertainSpec.Distribution triangular(Field f, ProblemList p) {
    List<Quantity> q = quantities(f, 3, "[min, mode, max]", p);
    if (q == null) {
      return null;
    }
    double min = q.get(0).value();
    double mode = q.get(1).value();
    double max = q.get(2).value();
    if (!(min < max && min <= mode && mode <= max)) {
      f.problem(
          "expected [min, mode, max] with min <= mode <= max and min < max, got " + describe(q));
      return null;
    }
    return new UncertainSpec.Triangular(min, mode, max, q.get(0).duration());
  }

  private static UncertainSpec.Distribution lognormal(Section s) {
    Field f5 = s.field("p5").required();
    Field f95 = s.field("p95").required();
    if (!f5.present() || !f95.present()) {
      return null;
    }
    Quantity p5 = quantity(f5.node());
    Quantity p95 = quantity(f95.node());
    if (p5 == null || p95 == null) {
      (p5 == null ? f5 : f95)
          .problem(
              "expected a number or a duration like 30s, got "
                  + (p5 == null ? f5 : f95).node().describe());
      return null;
    }
    if (p5.duration() != p95.duration()) {
      f95.problem("p5 and p95 must both be numbers or both durations");
      return null;
    }
    if (!(p5.value() > 0 && p5.value() < p95.value())) {
      f95.problem("expected 0 < p5 < p95, got p5 " + text(p5) + " and p95 " + text(p95));
      return null;
    }
    return new UncertainSpec.LogNormal(p5.value(), p95.value(), p5.duration());
  }

  private static UncertainSpec.Distribution choice(Field f, ProblemList p) {
    if (!(f.node() instanceof Node.Sequence seq) || seq.items().size() < 2) {
      f.problem("expected a list of at least two values, like [0, 1, 2]");
      return null;
    }
    List<String> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node item : seq.items()) {
      if (!(item instanceof Node.Scalar s) || s.isNull()) {
        p.add(
            item.origin(),
            f.path(),
            "expected a plain value (number, duration or word), got " + item.describe());
        return null;
      }
      if (!seen.add(s.text())) {
        p.add(item.origin(), f.path(), "'" + s.text() + "' is listed twice");
        return null;
      }
      values.add(s.text());
    }
    return new UncertainSpec.Choice(values);
  }

  /**
   * Checks the path, every extreme value and the base value of an entry; returns whether it passed.
   */
  private static boolean check(Node.Mapping root, Entry e, ProblemList problems) {
    String path = e.spec().path();
    List<String> extremes = e.spec().distribution().extremes();
    ProblemList first = new ProblemList();
    Node.Mapping probe = root.copy();
    probe.entries().remove(KEY);
    new OverrideApplier(first).apply(probe, path + "=" + extremes.get(0));
    if (!first.isEmpty()) {
      String message = first.sorted().get(0).message();
      problems.add(e.origin(), e.at(), message.replaceFirst("^invalid value: ", "cannot set it: "));
      return false;
    }
    boolean ok = true;
    List<String> probes = new ArrayList<>(extremes);
    if (!(e.spec().distribution() instanceof UncertainSpec.Choice)) {
      // Values inside the range too: an integer key takes neither 1.5 nor 0.123 of [0, 3].
      probes.add(e.spec().distribution().valueAt(0.5));
      probes.add(e.spec().distribution().valueAt(0.123));
    }
    for (String value : probes) {
      Node.Mapping copy = root.copy();
      copy.entries().remove(KEY);
      ProblemList found = new ProblemList();
      new OverrideApplier(found).apply(copy, path + "=" + value);
      if (found.isEmpty()) {
        ScenarioReader.read(copy, found);
      }
      if (!found.isEmpty()) {
        Problem p = found.sorted().get(0);
        problems.add(
            e.origin(),
            e.at(),
            "the range reaches "
                + value
                + ", which the key does not take: "
                + p.message().replaceFirst("^invalid value: ", ""));
        ok = false;
        break;
      }
    }
    return ok && checkBase(root, e, problems);
  }

  private static boolean checkBase(Node.Mapping root, Entry e, ProblemList problems) {
    Optional<List<Node>> current = OverrideApplier.current(root.copy(), e.spec().path());
    if (current.isEmpty()) {
      return true;
    }
    for (Node n : current.get()) {
      if (!(n instanceof Node.Scalar s) || s.isNull()) {
        continue;
      }
      String outside = outside(e.spec().distribution(), s);
      if (outside != null) {
        problems.add(
            e.origin(),
            e.at(),
            "the base value "
                + s.text()
                + " (line "
                + s.origin().line()
                + ") is outside the range: "
                + outside);
        return false;
      }
    }
    return true;
  }

  /** Why the base value {@code s} is outside {@code d}, or {@code null} when it is inside. */
  private static String outside(UncertainSpec.Distribution d, Node.Scalar s) {
    if (d instanceof UncertainSpec.Choice c) {
      return c.values().contains(s.text())
          ? null
          : "expected one of " + String.join(", ", c.values());
    }
    Quantity q = quantity(s);
    if (q == null || !(d instanceof UncertainSpec.Numeric n)) {
      return null; // the value's own problem was reported by the scenario's reader
    }
    boolean inside =
        q.value() >= n.lowest() - 1e-9 * Math.abs(n.lowest())
            && q.value() <= n.highest() + 1e-9 * Math.abs(n.highest());
    return inside ? null : "expected " + d.extremes().get(0) + " to " + d.extremes().get(1);
  }

  private static String describe(List<Quantity> q) {
    return "[" + String.join(", ", q.stream().map(UncertainReader::text).toList()) + "]";
  }

  private static String text(Quantity q) {
    double v = q.value();
    String plain = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    return q.duration() ? plain + "s" : plain;
  }
}
