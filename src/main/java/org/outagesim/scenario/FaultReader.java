package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.StepProfile;

/**
 * Reads one entry of {@code faults}. Keys common to all types ({@code region}, {@code at},
 * {@code duration}) are read first; each type then reads its own keys. A new fault type adds a
 * case to {@link #read} and its keys to {@link ScenarioShape#FAULT}.
 */
final class FaultReader {
  static final String RESOLVER_FAILURE = "region-resolver-failure";
  static final String REGION_OUTAGE = "region-outage";
  private static final List<String> RESOLVER_FAILURE_KEYS = List.of("mode", "errorRate", "negativeTtl");
  private static final Map<String, DnsFailureMode> MODES = new LinkedHashMap<>();

  static {
    MODES.put("servfail", DnsFailureMode.SERVFAIL);
    MODES.put("timeout", DnsFailureMode.TIMEOUT);
    MODES.put("nxdomain", DnsFailureMode.NXDOMAIN);
  }

  private final ScenarioClock clock;
  private final double horizonS;
  private final RegionNames regions;

  FaultReader(ScenarioClock clock, double horizonS, RegionNames regions) {
    this.clock = clock;
    this.horizonS = horizonS;
    this.regions = regions;
  }

  /** The fault, or {@code null} when its type is missing, unknown or not supported. */
  FaultSpec read(Section f, int index) {
    Field typeField = f.field("type").required();
    String type = typeField.string(null);
    if (type == null) {
      return null;
    }
    switch (type) {
      case RESOLVER_FAILURE:
        return resolverFailure(f, window(f));
      case REGION_OUTAGE:
        rejectKeys(f, RESOLVER_FAILURE_KEYS, type);
        Window w = window(f);
        return new RegionOutage(w.region(), w.atS(), w.durationS());
      default:
        unknownType(typeField, type);
        return null;
    }
  }

  private record Window(String region, double atS, double durationS) {}

  private Window window(Section f) {
    String region = regions.read(f.field("region").required());
    Field atField = f.field("at");
    OptionalDouble at = clock.readAt(atField);
    double duration = f.field("duration").required().duration(1, Range.POSITIVE_DURATION);
    if (at.isPresent() && at.getAsDouble() >= horizonS) {
      atField.problem("the fault starts at " + DurationText.format(at.getAsDouble())
          + ", at or after the end of the simulation (" + DurationText.format(horizonS) + ")");
    }
    return new Window(region, at.orElse(0), duration);
  }

  private static RegionResolverFailure resolverFailure(Section f, Window w) {
    DnsFailureMode mode = f.field("mode").choice(DnsFailureMode.SERVFAIL, MODES);
    StepProfile errorRate = errorRate(f.field("errorRate"), w.durationS());
    double negativeTtl = f.field("negativeTtl").duration(300, Range.NON_NEGATIVE_DURATION);
    return new RegionResolverFailure(w.region(), w.atS(), w.durationS(), mode, errorRate, negativeTtl);
  }

  private static StepProfile errorRate(Field f, double faultDurationS) {
    if (!(f.node() instanceof Node.Sequence seq)) {
      return StepProfile.constant(f.number(1.0, Range.FRACTION));
    }
    if (seq.items().isEmpty()) {
      f.problem("expected a rate or a list of [offset, rate] steps, got an empty list");
    }
    List<StepProfile.Step> steps = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      StepProfile.Step step = step(seq.items().get(i), f, i, faultDurationS, steps);
      if (step != null) {
        steps.add(step);
      }
    }
    return new StepProfile(steps);
  }

  private static StepProfile.Step step(
      Node item, Field list, int i, double faultDurationS, List<StepProfile.Step> before) {
    Field pair = list.element(item, i);
    if (!(item instanceof Node.Sequence s) || s.items().size() != 2) {
      pair.problem("expected an [offset, rate] pair like [20m, 1.0], got " + item.describe());
      return null;
    }
    Field offsetField = pair.element(s.items().get(0), 0);
    double offset = offsetField.duration(-1, Range.NON_NEGATIVE_DURATION);
    double rate = pair.element(s.items().get(1), 1).number(0, Range.FRACTION);
    if (offset < 0) {
      return null;
    }
    if (before.isEmpty() && i == 0 && offset != 0) {
      offsetField.problem("the first step must start at 0s, got " + DurationText.format(offset));
    } else if (!before.isEmpty() && offset <= before.get(before.size() - 1).offsetS()) {
      offsetField.problem("offsets must increase: " + DurationText.format(offset)
          + " follows " + DurationText.format(before.get(before.size() - 1).offsetS()));
    } else if (offset >= faultDurationS) {
      offsetField.problem("the step starts at " + DurationText.format(offset)
          + ", after the fault ends (" + DurationText.format(faultDurationS) + ")");
    }
    return new StepProfile.Step(offset, rate);
  }

  private static void rejectKeys(Section f, List<String> keys, String type) {
    for (String k : keys) {
      Field field = f.field(k);
      if (field.present()) {
        field.problem("does not apply to fault type " + type);
      }
    }
  }

  private static void unknownType(Field typeField, String type) {
    if (SupportedFeatures.FAULT_TYPES_NOT_YET.contains(type)) {
      SupportedFeatures.rejectFaultType(typeField, type);
      return;
    }
    List<String> known = new ArrayList<>(List.of(RESOLVER_FAILURE, REGION_OUTAGE));
    known.addAll(SupportedFeatures.FAULT_TYPES_NOT_YET);
    typeField.problem("unknown fault type '" + type + "'" + ClosestName.hint(type, known));
  }
}
