package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.ProfileSpec.ProfileEvent;

/**
 * Reads {@code profiles} and resolves {@code base}: a profile without {@code hourly} inherits its
 * base's, and its events are the base's (recursively) followed by its own. Unknown bases and cycles
 * are reported at the {@code base} key.
 */
final class ProfileReader {
  private static final int HOURS = Value.Hourly.HOURS;

  /** A profile's id, the key it is written under. */
  private static final Shape PROFILE_ID = Shape.leaf(new Value.Id(), "A profile id.");

  private static final Shape MULTIPLIER =
      Shape.leaf(Value.real(Value.Hourly.ITEM_RANGE), "An hourly multiplier.");

  private final ScenarioClock clock;
  private final Map<String, Raw> raw = new LinkedHashMap<>();

  /** A profile as written, before its base is resolved. */
  private record Raw(
      String id, List<Double> hourly, String baseId, Field base, List<ProfileEvent> events) {}

  ProfileReader(ScenarioClock clock) {
    this.clock = clock;
  }

  /** Profiles by id, in file order, with bases resolved. */
  Map<String, ProfileSpec> read(Section profiles) {
    for (String id : profiles.keys()) {
      Section p = profiles.section(id);
      if (Ids.read(
              new Field(
                  new Node.Scalar(p.origin(), id, Node.Scalar.Kind.STRING, null),
                  p.origin(),
                  p.path(),
                  PROFILE_ID,
                  true,
                  profiles.problems()))
          != null) {
        raw.put(id, readOne(id, p));
      }
    }
    Map<String, ProfileSpec> resolved = new LinkedHashMap<>();
    for (Raw r : raw.values()) {
      resolved.put(r.id(), resolve(r));
    }
    return resolved;
  }

  private Raw readOne(String id, Section p) {
    List<Double> hourly = hourly(p.field("hourly"));
    List<ProfileEvent> events = p.list("events", (e, i) -> event(e));
    Field base = p.field("base");
    return new Raw(
        id, hourly, base.string(null), base, events.stream().filter(e -> e != null).toList());
  }

  private static List<Double> hourly(Field f) {
    if (!f.present()) {
      return null;
    }
    if (!(f.node() instanceof Node.Sequence seq)) {
      f.problem("expected a list of 24 multipliers, got " + f.node().describe());
      return List.of();
    }
    if (seq.items().size() != HOURS) {
      f.problem("expected exactly 24 multipliers, one per hour, got " + seq.items().size());
    }
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      out.add(f.element(seq.items().get(i), i, MULTIPLIER).number(1.0));
    }
    return out;
  }

  private ProfileEvent event(Section e) {
    OptionalDouble at = clock.readAt(e.field("at"));
    double duration = e.field("duration").required().duration(1);
    double multiplier = e.field("multiplier").required().number(1.0);
    return at.isPresent() ? new ProfileEvent(at.getAsDouble(), duration, multiplier) : null;
  }

  private ProfileSpec resolve(Raw r) {
    List<Double> hourly = r.hourly();
    List<ProfileEvent> events = new ArrayList<>(r.events());
    List<String> chain = new ArrayList<>(List.of(r.id()));
    Raw current = r;
    while (current.baseId() != null) {
      Raw base = base(current, chain, r);
      if (base == null) {
        break;
      }
      chain.add(base.id());
      hourly = hourly != null ? hourly : base.hourly();
      events.addAll(0, base.events());
      current = base;
    }
    return new ProfileSpec(r.id(), hourly == null ? List.of() : hourly, events);
  }

  /**
   * The base of {@code current}, or {@code null} when there is none usable. Problems are reported
   * only while resolving the profile that has them, so each is reported once.
   */
  private Raw base(Raw current, List<String> chain, Raw resolving) {
    String baseId = current.baseId();
    Raw base = raw.get(baseId);
    if (base == null) {
      if (current.id().equals(resolving.id())) {
        List<String> others = raw.keySet().stream().filter(id -> !id.equals(current.id())).toList();
        current.base().problem(ClosestName.unknown("profile", baseId, others));
      }
      return null;
    }
    if (chain.contains(baseId)) {
      if (baseId.equals(resolving.id())) {
        resolving.base().problem("profile cycle: " + String.join(" -> ", chain) + " -> " + baseId);
      }
      return null;
    }
    return base;
  }
}
