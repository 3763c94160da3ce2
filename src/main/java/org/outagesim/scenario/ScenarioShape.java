package org.outagesim.scenario;

import static org.outagesim.scenario.Range.FRACTION;
import static org.outagesim.scenario.Range.NON_NEGATIVE;
import static org.outagesim.scenario.Range.NON_NEGATIVE_DURATION;
import static org.outagesim.scenario.Range.POSITIVE;
import static org.outagesim.scenario.Range.POSITIVE_DURATION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.AddedLatency;
import org.outagesim.model.spec.AuthoritativeDnsFailure;
import org.outagesim.model.spec.CapacityLoss;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.RecordRemoval;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.ResolverCapacityLoss;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.scenario.StepProfileReader.Values;

/**
 * Every key of the scenario format (docs/scenario-format.md) with its type, range and whether it is
 * required, as {@link Shape}s. The readers read keys through these declarations and {@link
 * ScenarioSchema} writes them as JSON Schema. A new key is added here, with its type and a
 * description, and read by its reader; the schema follows by itself.
 */
final class ScenarioShape {
  private static final long MAX_INT = Integer.MAX_VALUE;

  static final Shape DELAY = delay();

  /** The range of one uncertain value: exactly one distribution. */
  static final Shape UNCERTAIN =
      Shape.mapping("The distribution of an uncertain value: exactly one of these keys.")
          .key(
              "uniform",
              Shape.leaf(
                  new Value.Values(2, 2),
                  "[min, max]: numbers or durations, every value equally likely."))
          .key(
              "triangular",
              Shape.leaf(
                  new Value.Values(3, 3),
                  "[min, mode, max]: numbers or durations, most likely at mode."))
          .key(
              "lognormal",
              Shape.mapping("A lognormal distribution given by two percentiles.")
                  .requiredKey("p5", Shape.leaf(new Value.Quantity(), "The 5th percentile (> 0)."))
                  .requiredKey(
                      "p95", Shape.leaf(new Value.Quantity(), "The 95th percentile (> p5).")))
          .key(
              "choice",
              Shape.leaf(
                  new Value.Values(2, Integer.MAX_VALUE),
                  "[v1, v2, ...]: distinct values the key takes, each equally likely."))
          .alternatives(
              Shape.Alternatives.EXACTLY_ONE, "uniform", "triangular", "lognormal", "choice");

  static final Shape REGION =
      Shape.mapping("A region: an id and its internal DNS resolver.")
          .requiredKey("id", id("Unique among regions, e.g. ap-northeast-2."))
          .key(
              "resolver",
              Shape.mapping("The region's internal DNS resolver.")
                  .key(
                      "capacity",
                      leaf(
                          Value.real(POSITIVE),
                          "Lookups per second the resolver answers (> 0); unlimited when absent."))
                  .key(
                      "timeout",
                      leaf(
                          Value.duration(POSITIVE_DURATION),
                          "How long a client waits for an unanswered lookup (> 0), default 5s."))
                  .key(
                      "backlog",
                      leaf(
                          Value.duration(POSITIVE_DURATION),
                          "Queued work (seconds of the resolver's time) it holds before dropping new lookups (> 0), default twice the timeout.")));

  static final Shape DNS =
      Shape.mapping("The public DNS path: recursive resolvers and caches.")
          .key(
              "resolvers",
              leaf(
                  Value.whole(1, MAX_INT),
                  "Recursive resolvers users are spread over (>= 1), default 500."))
          .key(
              "clientCacheTtl",
              leaf(
                  Value.duration(NON_NEGATIVE_DURATION),
                  "Browser/OS cache TTL; 0s (default) disables it."))
          .key(
              "negativeTtl",
              leaf(
                  Value.duration(NON_NEGATIVE_DURATION),
                  "How long an empty answer (NXDOMAIN/NODATA) is cached, default 5m."))
          .key(
              "failureTtl",
              leaf(
                  Value.duration(NON_NEGATIVE_DURATION),
                  "How long a failure (SERVFAIL or timeout) is cached, default 5s; 0s disables failure caching."))
          .key(
              "serveStale",
              leaf(
                  new Value.Bool(),
                  "Whether resolvers serve stale answers (RFC 8767), default false."))
          .key(
              "timeout",
              leaf(
                  Value.duration(POSITIVE_DURATION),
                  "How long a user waits for a resolution the DNS provider never answers (> 0), default 5s."))
          .key(
              "ttlViolation",
              Shape.mapping("Resolvers that keep answers past their TTL.")
                  .key(
                      "fraction",
                      leaf(
                          Value.real(FRACTION),
                          "Share of resolvers keeping answers past TTL (0 to 1), default 0."))
                  .key(
                      "extra",
                      delayOr(
                          NON_NEGATIVE_DURATION,
                          "How long past the TTL: a duration or a distribution, default 0s.")));

  /** The union of the keys of every fault type; each type's variant names its own. */
  static final Shape FAULT = fault();

  static final Shape PROFILE_EVENT =
      Shape.mapping("A temporary change of the traffic multiplier.")
          .requiredKey(
              "at",
              leaf(
                  new Value.TimeOrOffset(),
                  "When it starts: a time of day like \"08:19\" or an offset like 2h10m."))
          .requiredKey(
              "duration", leaf(Value.duration(POSITIVE_DURATION), "How long it lasts (> 0)."))
          .requiredKey(
              "multiplier",
              leaf(Value.real(NON_NEGATIVE), "The traffic multiplier while it lasts (>= 0)."));

  static final Shape PROFILE =
      Shape.mapping("A daily traffic profile.")
          .key(
              "hourly",
              leaf(
                  new Value.Hourly(),
                  "24 multipliers (>= 0), one per local hour; inherited from base, else constant 1.0."))
          .key(
              "base",
              leaf(new Value.Text(null), "The id of a profile to inherit hourly and events from."))
          .key("events", Shape.listOf(PROFILE_EVENT, "Temporary changes, added to the base's."));

  static final Shape DEPLOYMENT = deployment(false);

  /** A named design: a deployment without its primary, which stays each tenant's own. */
  static final Shape DESIGN = deployment(true);

  static final Shape COST =
      Shape.mapping("Prices of running the tenant, in the scenario's currency, for compare.")
          .key(
              "serverHour",
              leaf(Value.real(NON_NEGATIVE), "One server for one hour (>= 0), default 0."))
          .key(
              "regionMonthly",
              leaf(
                  Value.real(NON_NEGATIVE),
                  "Fixed monthly cost of running in a region at all, per region used (>= 0), default 0."))
          .key(
              "healthCheckMonthly",
              leaf(
                  Value.real(NON_NEGATIVE), "One DNS health check for a month (>= 0), default 0."));

  static final Shape TENANT =
      Shape.mapping("A tenant: its traffic, sessions, clients, users, servers and deployment.")
          .requiredKey("id", id("Unique among tenants after count expansion."))
          .key(
              "count",
              leaf(
                  Value.whole(1, MAX_INT),
                  "Copies of this tenant, named id-1 to id-N (>= 1), default 1."))
          .key("sector", leaf(new Value.Text(null), "For grouping in reports, default other."))
          .key(
              "slo",
              leaf(
                  new Value.Ratio(),
                  "Success ratio per minute below which a minute counts as degraded, e.g. 99.9% or 0.999; default the scenario's slo."))
          .requiredKey(
              "traffic",
              Shape.mapping("Arrivals of sessions.")
                  .requiredKey(
                      "sessionsPerSecond",
                      leaf(Value.real(POSITIVE), "Session rate at profile multiplier 1.0 (> 0)."))
                  .key(
                      "profile",
                      leaf(
                          new Value.Text(null),
                          "The id of a profile in profiles; constant rate when absent.")))
          .key(
              "session",
              Shape.mapping("What a user does in a session.")
                  .key(
                      "pages",
                      leaf(Value.whole(1, MAX_INT), "Pages per session (>= 1), default 5."))
                  .key(
                      "thinkTime",
                      leaf(
                          Value.duration(NON_NEGATIVE_DURATION),
                          "Mean time between pages, default 10s."))
                  .key(
                      "conversion",
                      leaf(
                          Value.real(FRACTION),
                          "Probability of purchase intent (0 to 1), default 0.034."))
                  .key(
                      "orderValue",
                      leaf(Value.real(NON_NEGATIVE), "Value of an order (>= 0), default 100.")))
          .key(
              "client",
              Shape.mapping("Automatic retries of the client.")
                  .key(
                      "retries",
                      leaf(Value.whole(0, MAX_INT), "Automatic retries (>= 0), default 2."))
                  .key(
                      "backoff",
                      leaf(
                          Value.duration(NON_NEGATIVE_DURATION),
                          "Base of exponential backoff with full jitter, default 500ms."))
                  .key(
                      "backoffCap",
                      leaf(Value.duration(NON_NEGATIVE_DURATION), "Longest backoff, default 20s."))
                  .key(
                      "timeout",
                      leaf(
                          Value.duration(POSITIVE_DURATION),
                          "Request timeout (> 0), default 10s.")))
          .key(
              "user",
              Shape.mapping("What a user does after a failed request.")
                  .key(
                      "retries", leaf(Value.whole(0, MAX_INT), "Manual retries (>= 0), default 1."))
                  .key(
                      "retryDelay",
                      leaf(
                          Value.duration(NON_NEGATIVE_DURATION),
                          "Time before a manual retry, default 30s."))
                  .key(
                      "returnProbability",
                      leaf(
                          Value.real(FRACTION),
                          "Probability of coming back later (0 to 1), default 0."))
                  .key(
                      "returnDelay",
                      leaf(
                          Value.duration(NON_NEGATIVE_DURATION),
                          "Time before coming back, default 2h.")))
          .key(
              "capacity",
              Shape.mapping("The tenant's servers in each region.")
                  .key(
                      "servers",
                      leaf(Value.whole(1, MAX_INT), "Servers per region (>= 1), default 100."))
                  .key(
                      "queueLimit",
                      leaf(Value.whole(0, MAX_INT), "Requests that may wait (>= 0), default 1000."))
                  .key(
                      "serviceTime",
                      delayOr(
                          POSITIVE_DURATION,
                          "Service time: a duration (mean of an exponential, > 0) or a distribution, default 100ms.")))
          .key(
              "internalDns",
              Shape.mapping("The lookups of the tenant's own dependencies.")
                  .key(
                      "lookups",
                      leaf(
                          Value.whole(0, MAX_INT),
                          "Names each request resolves (>= 0); with names, their number."))
                  .key(
                      "names",
                      leaf(
                          new Value.Names(),
                          "The dependency names, e.g. [dynamodb, auth]: at least one, unique."))
                  .key(
                      "instances",
                      leaf(
                          Value.whole(1, MAX_INT),
                          "App instances, each with its own cache (>= 1), default 10."))
                  .key(
                      "cacheTtl",
                      leaf(
                          Value.duration(NON_NEGATIVE_DURATION),
                          "TTL of the app's DNS cache, default 30s."))
                  .key(
                      "negativeTtl",
                      leaf(
                          Value.duration(NON_NEGATIVE_DURATION),
                          "How long the app caches an empty answer, default 10s."))
                  .key(
                      "attempts",
                      leaf(
                          Value.whole(1, TenantSpec.InternalDnsSpec.MAX_ATTEMPTS),
                          "Times the app's stub resolver asks after a SERVFAIL or timeout (1 to 5), default 2 (glibc)."))
                  .key(
                      "timeout",
                      leaf(
                          Value.duration(POSITIVE_DURATION),
                          "How long the stub resolver waits for one answer (> 0), default the region resolver's timeout (5s).")))
          .key(
              "dns",
              Shape.mapping("The tenant's public name.")
                  .key(
                      "provider",
                      leaf(
                          new Value.Text(".*\\S.*"),
                          "The authoritative DNS provider, not empty, default default; faults name it.")))
          .requiredKey("deployment", DEPLOYMENT)
          .key("cost", COST)
          .key(
              "instanceReplacement",
              Shape.mapping(
                      "Replace app instances whose deep health check fails (an Auto Scaling group"
                          + " with load-balancer health checks); off when absent.")
                  .key(
                      "interval",
                      leaf(
                          Value.duration(POSITIVE_DURATION),
                          "Time between two checks of an instance (> 0), default 30s (ALB)."))
                  .key(
                      "threshold",
                      leaf(
                          Value.whole(1, MAX_INT),
                          "Failed checks in a row that take it out of service (>= 1), default 2 (ALB)."))
                  .key(
                      "bootTime",
                      leaf(
                          Value.duration(NON_NEGATIVE_DURATION),
                          "Until the replacement serves, default 5m (Auto Scaling grace period).")))
          .key(
              "circuitBreaker",
              Shape.mapping(
                      "A circuit breaker in each app instance on its dependency calls"
                          + " (Resilience4j, count-based); none when absent.")
                  .key(
                      "failureRate",
                      leaf(
                          Value.real(Range.POSITIVE_FRACTION),
                          "Share of failed calls that opens it (0 to 1, above 0), default 0.5."))
                  .key(
                      "window",
                      leaf(Value.whole(1, MAX_INT), "Calls recorded while closed, default 100."))
                  .key(
                      "minimumCalls",
                      leaf(
                          Value.whole(1, MAX_INT),
                          "Calls recorded before it may open, default 100."))
                  .key(
                      "openFor",
                      leaf(
                          Value.duration(NON_NEGATIVE_DURATION),
                          "How long it stays open, default 60s."))
                  .key(
                      "halfOpenCalls",
                      leaf(Value.whole(1, MAX_INT), "Trial calls when half open, default 10.")));

  static final Shape SCENARIO =
      Shape.mapping(
              "An outagesim scenario: regions, public DNS, faults, traffic profiles and tenants.")
          .requiredKey("name", id("The scenario's name, used in output folder names."))
          .key("description", leaf(new Value.Text(null), "A sentence about the scenario."))
          .requiredKey(
              "start",
              leaf(
                  new Value.DateTime(),
                  "Wall-clock time of simulation time 0, ISO-8601 with offset, e.g. "
                      + ScenarioClock.START_EXAMPLE
                      + "."))
          .requiredKey(
              "duration", leaf(Value.duration(POSITIVE_DURATION), "The simulated horizon (> 0)."))
          .key(
              "replications",
              leaf(Value.whole(1, MAX_INT), "Independent replications (>= 1), default 10."))
          .key(
              "seed",
              leaf(
                  Value.whole(0, Long.MAX_VALUE),
                  "The master seed of every random stream (>= 0), default 1."))
          .key(
              "currency",
              leaf(
                  new Value.Text("[A-Z]{3}"),
                  "ISO 4217 code of every orderValue, e.g. KRW or USD (labels only)."))
          .key(
              "slo",
              leaf(
                  new Value.Ratio(),
                  "Default SLO of every tenant: a success ratio like 99.9% or 0.999, default 99.9%."))
          .requiredKey("regions", Shape.listOf(REGION, "The regions, at least one.").nonEmpty())
          .key("dns", DNS)
          .key("faults", Shape.listOf(FAULT, "The faults injected."))
          .key("profiles", Shape.mapOf(PROFILE, "Traffic profiles by id."))
          .requiredKey("tenants", Shape.listOf(TENANT, "The tenants, at least one.").nonEmpty())
          .key(
              "designs",
              Shape.mapOf(
                  DESIGN,
                  "Deployment designs by name, for outagesim compare (besides the presets)."))
          .key(
              "uncertain",
              Shape.mapOf(
                  UNCERTAIN,
                  "Assumptions as ranges: scenario path (as for --set) -> its distribution; the"
                      + " body's value stays the base case. For run --uncertainty and sensitivity."))
          .key(
              "incidentsPerYear",
              leaf(
                  Value.real(NON_NEGATIVE),
                  "How often an incident like this one happens a year (>= 0), for compare; default 1."));

  private ScenarioShape() {}

  private static Shape leaf(Value value, String description) {
    return Shape.leaf(value, description);
  }

  private static Shape id(String description) {
    return Shape.leaf(new Value.Id(), description + " Letters, digits, '_', '.' and '-'.");
  }

  private static Shape delayOr(Range plain, String description) {
    return DELAY.orValue(Value.duration(plain)).described(description);
  }

  private static Shape delay() {
    Shape base =
        Shape.mapping("A distribution of durations.")
            .requiredKey(
                "distribution",
                leaf(
                    Value.choice("exponential", "constant", "uniform", "lognormal"),
                    "The distribution's name."))
            .key(
                "mean",
                leaf(
                    Value.duration(NON_NEGATIVE_DURATION),
                    "The mean (exponential, constant, lognormal)."))
            .key("min", leaf(Value.duration(NON_NEGATIVE_DURATION), "The lower bound (uniform)."))
            .key(
                "max",
                leaf(
                    Value.duration(NON_NEGATIVE_DURATION),
                    "The upper bound (uniform), not below min."))
            .key(
                "cv", leaf(Value.real(POSITIVE), "The coefficient of variation (lognormal, > 0)."));
    Shape positiveMean = leaf(Value.duration(POSITIVE_DURATION), "The mean (> 0).");
    Map<String, Shape> variants = new LinkedHashMap<>();
    variants.put(
        "exponential",
        base.only(List.of("distribution", "mean")).key("mean", positiveMean).require("mean"));
    variants.put("constant", base.only(List.of("distribution", "mean")).require("mean"));
    variants.put("uniform", base.only(List.of("distribution", "min", "max")).require("min", "max"));
    variants.put(
        "lognormal",
        base.only(List.of("distribution", "mean", "cv"))
            .key("mean", positiveMean)
            .require("mean", "cv"));
    return base.withVariants("distribution", null, variants);
  }

  private static Shape fault() {
    Shape base =
        Shape.mapping("A fault: its type, when it starts, how long it lasts and what it hits.")
            .requiredKey(
                "type",
                leaf(
                    Value.choice(
                        RegionResolverFailure.TYPE,
                        ResolverCapacityLoss.TYPE,
                        RegionOutage.TYPE,
                        AuthoritativeDnsFailure.TYPE,
                        RecordRemoval.TYPE,
                        CapacityLoss.TYPE,
                        AddedLatency.TYPE),
                    "The fault type."))
            .key("region", leaf(new Value.Text(null), "The id of a region in regions."))
            .key(
                "provider",
                leaf(
                    new Value.Text(null),
                    "A DNS provider some tenant uses (tenants[].dns.provider)."))
            .key("tenant", leaf(new Value.Text(null), "The id of a tenant, after count expansion."))
            .key(
                "name",
                leaf(
                    new Value.Text(null),
                    "A dependency name listed in some tenant's internalDns.names."))
            .requiredKey(
                "at",
                leaf(
                    new Value.TimeOrOffset(),
                    "When it starts: a time of day like \"08:19\" or an offset like 2h10m, before the end of the horizon."))
            .requiredKey(
                "duration", leaf(Value.duration(POSITIVE_DURATION), "How long it lasts (> 0)."))
            .key(
                "mode",
                leaf(
                    Value.choice("servfail", "timeout", "nxdomain"),
                    "How lookups fail, default servfail."))
            .key(
                "errorRate",
                leaf(
                    new Value.Steps(Values.RATE),
                    "Share of lookups that fail (0 to 1) or [offset, rate] steps, default 1.0."))
            .key(
                "negativeTtl",
                leaf(
                    Value.duration(NON_NEGATIVE_DURATION),
                    "How long the empty answer is cached, default 5m."))
            .key(
                "fraction",
                leaf(
                    new Value.Steps(Values.FRACTION),
                    "Share lost or failing (0 to 1) or [offset, fraction] steps."))
            .key(
                "delay",
                leaf(
                    new Value.Steps(Values.DELAY),
                    "Delay added to each request or [offset, delay] steps."));
    List<String> common = List.of("type", "at", "duration");
    Map<String, Shape> variants = new LinkedHashMap<>();
    variants.put(
        RegionResolverFailure.TYPE,
        variant(base, common, "region", "mode", "errorRate", "negativeTtl").require("region"));
    variants.put(
        ResolverCapacityLoss.TYPE,
        variant(base, common, "region", "fraction").require("region", "fraction"));
    variants.put(RegionOutage.TYPE, variant(base, common, "region", "fraction").require("region"));
    variants.put(
        AuthoritativeDnsFailure.TYPE,
        variant(base, common, "provider", "mode", "errorRate").require("provider"));
    variants.put(
        RecordRemoval.TYPE,
        variant(base, common, "tenant", "name", "region", "errorRate", "negativeTtl")
            .alternatives(Shape.Alternatives.EXACTLY_ONE, "tenant", "name"));
    variants.put(
        CapacityLoss.TYPE,
        variant(base, common, "tenant", "region", "fraction")
            .require("fraction")
            .alternatives(Shape.Alternatives.AT_LEAST_ONE, "tenant", "region"));
    variants.put(
        AddedLatency.TYPE,
        variant(base, common, "tenant", "region", "delay")
            .require("delay")
            .alternatives(Shape.Alternatives.AT_LEAST_ONE, "tenant", "region"));
    return base.withVariants("type", null, variants);
  }

  private static Shape variant(Shape base, List<String> common, String... own) {
    List<String> keys = new java.util.ArrayList<>(common);
    keys.addAll(List.of(own));
    return base.only(keys);
  }

  private static Shape deployment(boolean design) {
    Shape base =
        Shape.mapping(
                design
                    ? "A deployment design: a deployment without primary, which stays the tenant's."
                    : "How the tenant is deployed and fails over.")
            .key(
                "strategy",
                leaf(
                    Value.choice(
                        Strategy.SINGLE_REGION.key(),
                        Strategy.ACTIVE_PASSIVE.key(),
                        Strategy.ACTIVE_ACTIVE.key()),
                    "The deployment strategy, default single-region."))
            .requiredKey(
                "primary", leaf(new Value.Text(null), "The id of the region serving first."))
            .key(
                "secondary",
                leaf(
                    new Value.Text(null),
                    "The id of the other region, differing from primary; required for active-passive and active-active."))
            .key(
                "ttl",
                leaf(
                    Value.duration(NON_NEGATIVE_DURATION),
                    "TTL of the tenant's public record, default 60s."))
            .key(
                "failback",
                leaf(
                    Value.choice("automatic", "manual"),
                    "Whether traffic moves back by itself, default automatic."))
            .key(
                "replicationLag",
                leaf(
                    Value.duration(NON_NEGATIVE_DURATION),
                    "How far the secondary's data trails the primary's, default 0s."))
            .key(
                "healthCheck",
                Shape.mapping("DNS failover by health check.")
                    .key(
                        "interval",
                        leaf(
                            Value.duration(POSITIVE_DURATION),
                            "Time between probes (> 0), default 30s."))
                    .key(
                        "threshold",
                        leaf(
                            Value.whole(1, 10),
                            "Consecutive failed probes before the switch (1 to 10), default 3."))
                    .key(
                        "deep",
                        leaf(
                            new Value.Bool(),
                            "Whether a probe exercises the request path, default false.")))
            .key(
                "failover",
                Shape.mapping("A manual failover: detect, decide and execute.")
                    .key("mechanism", leaf(Value.choice("manual"), "The failover mechanism."))
                    .requiredKey(
                        "detect",
                        delayOr(
                            NON_NEGATIVE_DURATION,
                            "Time to detect the fault: a duration or a distribution."))
                    .requiredKey(
                        "decide",
                        delayOr(
                            NON_NEGATIVE_DURATION, "Time to decide: a duration or a distribution."))
                    .requiredKey(
                        "execute",
                        delayOr(
                            NON_NEGATIVE_DURATION,
                            "Time to execute: a duration or a distribution.")))
            .key(
                "standby",
                Shape.mapping("The secondary before failover.")
                    .key(
                        "capacity",
                        leaf(
                            Value.real(FRACTION),
                            "Share of the primary's servers running in the secondary (0 to 1), default 1.0."))
                    .key(
                        "scaleUpTime",
                        leaf(
                            Value.duration(NON_NEGATIVE_DURATION),
                            "Time to grow to the full count, default 0s.")));
    if (design) {
      List<String> keys = new java.util.ArrayList<>(base.keyNames());
      keys.remove("primary");
      base = base.only(keys).require("strategy");
    }
    Map<String, Shape> variants = new LinkedHashMap<>();
    variants.put(
        Strategy.SINGLE_REGION.key(),
        base.only(keys(base, "strategy", "primary", "ttl", "failback")));
    Shape activePassive = base.only(List.copyOf(base.keyNames()));
    Shape activeActive =
        base.only(
            keys(
                base,
                "strategy",
                "primary",
                "secondary",
                "ttl",
                "failback",
                "replicationLag",
                "healthCheck"));
    variants.put(
        Strategy.ACTIVE_PASSIVE.key(), design ? activePassive : activePassive.require("secondary"));
    variants.put(
        Strategy.ACTIVE_ACTIVE.key(), design ? activeActive : activeActive.require("secondary"));
    return base.withVariants("strategy", design ? null : Strategy.SINGLE_REGION.key(), variants);
  }

  /** Those of {@code names} that {@code shape} has, in the given order. */
  private static List<String> keys(Shape shape, String... names) {
    return List.of(names).stream().filter(shape.keyNames()::contains).toList();
  }
}
