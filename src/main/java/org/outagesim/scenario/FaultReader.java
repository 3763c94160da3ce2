package org.outagesim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.outagesim.model.spec.AddedLatency;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.CapacityLoss;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.ResolverCapacityLoss;
import org.outagesim.model.spec.StepProfile;

/**
 * Reads one entry of {@code faults}. Every type has {@code type}, {@code at} and {@code duration},
 * plus keys of its own declared by its variant of {@link ScenarioShape#FAULT}; a key of another
 * type is reported rather than ignored. Keys are read in the order the format lists them, so that
 * several missing keys are reported in that order. A new fault type adds a variant to {@link
 * ScenarioShape#FAULT} and a case to {@link #read}.
 */
final class FaultReader {

  private static final Map<String, DnsFailureMode> MODES = new LinkedHashMap<>();

  /** Default {@code negativeTtl} of faults that answer a name empty. */
  private static final double DEFAULT_NEGATIVE_TTL_S = 300;

  static {
    MODES.put("servfail", DnsFailureMode.SERVFAIL);
    MODES.put("timeout", DnsFailureMode.TIMEOUT);
    MODES.put("nxdomain", DnsFailureMode.NXDOMAIN);
  }

  private final ScenarioClock clock;
  private final double horizonS;
  private final RegionNames regions;
  private final FaultTargets targets;
  private final double dnsNegativeTtlS;
  private final Set<String> limited;

  /**
   * @param dnsNegativeTtlS the public resolvers' negative TTL, which a record removal of a tenant's
   *     public name carries instead of a {@code negativeTtl} of its own
   * @param limited the regions whose resolver has a finite capacity
   */
  FaultReader(
      ScenarioClock clock,
      double horizonS,
      RegionNames regions,
      FaultTargets targets,
      double dnsNegativeTtlS,
      Set<String> limited) {
    this.limited = Set.copyOf(limited);
    this.clock = clock;
    this.horizonS = horizonS;
    this.regions = regions;
    this.targets = targets;
    this.dnsNegativeTtlS = dnsNegativeTtlS;
  }

  /** The fault, or {@code null} when its type is missing or unknown. */
  FaultSpec read(Section any, int index) {
    Field typeField = any.field("type").required();
    String type = typeField.string(null);
    if (type == null) {
      return null;
    }
    Set<String> types = ScenarioShape.FAULT.variants().shapes().keySet();
    if (!types.contains(type)) {
      typeField.problem(ClosestName.unknown("fault type", type, types));
      return null;
    }
    for (String k : any.keysOutsideVariant(type)) {
      any.field(k).problem("does not apply to fault type " + type);
    }
    Section f = any.variant(type);
    return switch (type) {
      case RegionResolverFailure.TYPE -> resolverFailure(f);
      case ResolverCapacityLoss.TYPE -> resolverCapacityLoss(f);
      case RegionOutage.TYPE -> regionOutage(f);
      case AuthoritativeDnsFailure.TYPE -> authoritativeFailure(f);
      case RecordRemoval.TYPE -> recordRemoval(f);
      case CapacityLoss.TYPE -> capacityLoss(f);
      default -> latency(f);
    };
  }

  private record Window(double atS, double durationS) {}

  private Window window(Section f) {
    Field atField = f.field("at");
    OptionalDouble at = clock.readAt(atField);
    double duration = f.field("duration").required().duration(1);
    if (at.isPresent() && at.getAsDouble() >= horizonS) {
      atField.problem(
          "the fault starts at "
              + DurationFormat.format(at.getAsDouble())
              + ", at or after the end of the simulation ("
              + DurationFormat.format(horizonS)
              + ")");
    }
    return new Window(at.orElse(0), duration);
  }

  private RegionResolverFailure resolverFailure(Section f) {
    String region = regions.read(f.field("region").required());
    Window w = window(f);
    DnsFailureMode mode = f.field("mode").choice(DnsFailureMode.SERVFAIL, MODES);
    StepProfile errorRate = StepProfileReader.read(f.field("errorRate"), 1.0, w.durationS());
    double negativeTtl = f.field("negativeTtl").duration(DEFAULT_NEGATIVE_TTL_S);
    return new RegionResolverFailure(region, w.atS(), w.durationS(), mode, errorRate, negativeTtl);
  }

  private ResolverCapacityLoss resolverCapacityLoss(Section f) {
    Field regionField = f.field("region").required();
    String region = regions.read(regionField);
    Window w = window(f);
    StepProfile fraction =
        StepProfileReader.read(f.field("fraction").required(), 0.0, w.durationS());
    if (region != null && !limited.contains(region)) {
      regionField.problem(
          "region "
              + region
              + " has no resolver.capacity; give regions[].resolver.capacity (lookups per second)"
              + " for a capacity loss to act on");
    }
    return new ResolverCapacityLoss(region, w.atS(), w.durationS(), fraction);
  }

  private RegionOutage regionOutage(Section f) {
    String region = regions.read(f.field("region").required());
    Window w = window(f);
    StepProfile fraction = StepProfileReader.read(f.field("fraction"), 1.0, w.durationS());
    return new RegionOutage(region, w.atS(), w.durationS(), fraction);
  }

  private AuthoritativeDnsFailure authoritativeFailure(Section f) {
    String provider = targets.provider(f.field("provider").required());
    Window w = window(f);
    DnsFailureMode mode = f.field("mode").choice(DnsFailureMode.SERVFAIL, MODES);
    StepProfile errorRate = StepProfileReader.read(f.field("errorRate"), 1.0, w.durationS());
    return new AuthoritativeDnsFailure(provider, w.atS(), w.durationS(), mode, errorRate);
  }

  /**
   * Exactly one of {@code tenant} (a public record) and {@code name} (an internal dependency);
   * {@code region} and {@code negativeTtl} belong to the internal name only, because a tenant's
   * public record is not regional and public resolvers cache its absence for {@code
   * dns.negativeTtl}.
   */
  private RecordRemoval recordRemoval(Section f) {
    Field tenantField = f.field("tenant");
    Field nameField = f.field("name");
    String tenant = targets.tenant(tenantField);
    String name = targets.dependencyName(nameField);
    Field regionField = f.field("region");
    String region = regions.read(regionField);
    Window w = window(f);
    StepProfile errorRate = StepProfileReader.read(f.field("errorRate"), 1.0, w.durationS());
    Field negativeTtlField = f.field("negativeTtl");
    double negativeTtl = negativeTtlField.duration(DEFAULT_NEGATIVE_TTL_S);
    if (tenantField.present() && nameField.present()) {
      nameField.problem("give either tenant or name, not both");
    } else if (!tenantField.present() && !nameField.present()) {
      f.problems()
          .add(
              f.origin(),
              f.path(),
              "give tenant (to remove a tenant's public record) or name (to remove an internal dependency name)");
    } else if (tenantField.present()) {
      onlyWithName(regionField, "a tenant's public record is the same in every region");
      onlyWithName(
          negativeTtlField, "resolvers cache a tenant's missing public record for dns.negativeTtl");
      return new RecordRemoval(
          tenant, null, null, w.atS(), w.durationS(), errorRate, dnsNegativeTtlS);
    }
    return new RecordRemoval(tenant, name, region, w.atS(), w.durationS(), errorRate, negativeTtl);
  }

  private static void onlyWithName(Field f, String reason) {
    if (f.present()) {
      f.problem("applies only together with name; " + reason);
    }
  }

  private CapacityLoss capacityLoss(Section f) {
    Target target = target(f);
    Window w = window(f);
    StepProfile fraction =
        StepProfileReader.read(f.field("fraction").required(), 0.0, w.durationS());
    return new CapacityLoss(target.tenant(), target.region(), w.atS(), w.durationS(), fraction);
  }

  private AddedLatency latency(Section f) {
    Target target = target(f);
    Window w = window(f);
    StepProfile delay = StepProfileReader.read(f.field("delay").required(), 0.0, w.durationS());
    return new AddedLatency(target.tenant(), target.region(), w.atS(), w.durationS(), delay);
  }

  private record Target(String tenant, String region) {}

  /**
   * The servers a capacity or latency fault hits: a tenant's, a region's, or a tenant's in a
   * region.
   */
  private Target target(Section f) {
    Field tenantField = f.field("tenant");
    Field regionField = f.field("region");
    String tenant = targets.tenant(tenantField);
    String region = regions.read(regionField);
    if (!tenantField.present() && !regionField.present()) {
      f.problems().add(f.origin(), f.path(), "give tenant, region or both");
    }
    targets.checkRunsIn(tenant, region, regionField);
    return new Target(tenant, region);
  }
}
