package org.outagesim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DeploymentSpec.Failback;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;
import org.outagesim.model.spec.DeploymentSpec.ManualFailoverSpec;
import org.outagesim.model.spec.DeploymentSpec.StandbySpec;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.DesignSpec;

/**
 * Reads a tenant's {@code deployment}. Every key is validated for every strategy; then each
 * strategy keeps what it uses and reports what contradicts it:
 *
 * <ul>
 *   <li>{@code single-region} does not fail over: {@code secondary}, {@code healthCheck}, {@code
 *       failover}, {@code standby} and {@code replicationLag} are errors.
 *   <li>{@code active-passive} fails over by {@code healthCheck} or by a manual {@code failover},
 *       not both; with neither it gets the default health check. Without {@code standby} the
 *       secondary runs at full capacity.
 *   <li>{@code active-active} serves from both regions at full capacity and drops an unhealthy
 *       region by health check only: {@code failover} and {@code standby} are errors, and a missing
 *       {@code healthCheck} is the default one.
 * </ul>
 *
 * {@code failback} is accepted for every strategy; only active-passive acts on it. With an unknown
 * strategy (already reported) every key is checked for its own value only, since which keys
 * contradict the strategy cannot be known: the user sees the strategy's problem, not the follow-on
 * errors of the default strategy.
 */
final class DeploymentReader {
  /** 30 s x 3 probes: the common default of DNS failover services (e.g. Route 53). */
  static final HealthCheckSpec DEFAULT_HEALTH_CHECK = new HealthCheckSpec(30, 3, false);

  /** A secondary that runs the primary's full server count from the start. */
  static final StandbySpec FULL_CAPACITY = new StandbySpec(1.0, 0);

  /** The reader's values for the spellings {@link ScenarioShape#DEPLOYMENT} declares. */
  private static final Map<String, Strategy> STRATEGIES = new LinkedHashMap<>();

  private static final Map<String, Failback> FAILBACKS = new LinkedHashMap<>();

  static {
    for (Strategy s : Strategy.values()) {
      STRATEGIES.put(s.key(), s);
    }
    FAILBACKS.put("automatic", Failback.AUTOMATIC);
    FAILBACKS.put("manual", Failback.MANUAL);
  }

  private final RegionNames regions;

  DeploymentReader(RegionNames regions) {
    this.regions = regions;
  }

  DeploymentSpec read(Section d) {
    Field strategyField = d.field("strategy");
    Strategy strategy = strategyField.choice(null, STRATEGIES);
    if (strategy == null && !strategyField.present()) {
      strategy = Strategy.SINGLE_REGION;
    }
    String primary = regions.read(d.field("primary").required());
    String secondary = secondary(d, strategy, primary);
    double ttl = d.field("ttl").duration(60);
    HealthCheckSpec healthCheck = healthCheck(d.section("healthCheck"));
    ManualFailoverSpec failover = failover(d.section("failover"));
    StandbySpec standby = standby(d.section("standby"));
    Failback failback = d.field("failback").choice(Failback.AUTOMATIC, FAILBACKS);
    double replicationLag = d.field("replicationLag").duration(0);
    if (strategy == null) {
      return new DeploymentSpec(
          Strategy.SINGLE_REGION, primary, null, ttl, null, null, null, failback, 0);
    }
    switch (strategy) {
      case SINGLE_REGION -> {
        rejectFailoverKeys(d);
        return new DeploymentSpec(strategy, primary, null, ttl, null, null, null, failback, 0);
      }
      case ACTIVE_PASSIVE -> {
        if (healthCheck != null && failover != null) {
          d.field("failover").problem("give either healthCheck or failover, not both");
        }
        return new DeploymentSpec(
            strategy,
            primary,
            secondary,
            ttl,
            healthCheck == null && failover == null ? DEFAULT_HEALTH_CHECK : healthCheck,
            failover,
            standby == null ? FULL_CAPACITY : standby,
            failback,
            replicationLag);
      }
      default -> {
        rejectActiveActiveKeys(d);
        return new DeploymentSpec(
            strategy,
            primary,
            secondary,
            ttl,
            healthCheck == null ? DEFAULT_HEALTH_CHECK : healthCheck,
            null,
            FULL_CAPACITY,
            failback,
            replicationLag);
      }
    }
  }

  /**
   * Reads a named design of {@code designs}: the keys of a deployment without {@code primary}, with
   * {@code strategy} required and {@code secondary} optional (a tenant's or the comparison's is
   * used when absent). What a strategy contradicts is reported as for a deployment.
   */
  DesignSpec readDesign(String name, Section d) {
    Strategy strategy = d.field("strategy").required().choice(null, STRATEGIES);
    Field secondaryField = d.field("secondary");
    String secondary = null;
    if (strategy == Strategy.SINGLE_REGION && secondaryField.present()) {
      secondaryField.problem(
          "a single-region design has no secondary; remove it or choose active-passive");
    } else {
      secondary = regions.read(secondaryField);
    }
    double ttl = d.field("ttl").duration(Double.NaN);
    HealthCheckSpec healthCheck = healthCheck(d.section("healthCheck"));
    ManualFailoverSpec failover = failover(d.section("failover"));
    StandbySpec standby = standby(d.section("standby"));
    Failback failback = d.field("failback").choice(Failback.AUTOMATIC, FAILBACKS);
    double replicationLag = d.field("replicationLag").duration(Double.NaN);
    if (strategy == null) {
      return new DesignSpec(
          name, Strategy.SINGLE_REGION, null, ttl, null, null, null, failback, Double.NaN);
    }
    return switch (strategy) {
      case SINGLE_REGION -> {
        rejectFailoverKeys(d);
        yield new DesignSpec(name, strategy, null, ttl, null, null, null, failback, Double.NaN);
      }
      case ACTIVE_PASSIVE -> {
        if (healthCheck != null && failover != null) {
          d.field("failover").problem("give either healthCheck or failover, not both");
        }
        yield new DesignSpec(
            name,
            strategy,
            secondary,
            ttl,
            healthCheck == null && failover == null ? DEFAULT_HEALTH_CHECK : healthCheck,
            failover,
            standby == null ? FULL_CAPACITY : standby,
            failback,
            replicationLag);
      }
      case ACTIVE_ACTIVE -> {
        rejectActiveActiveKeys(d);
        yield new DesignSpec(
            name,
            strategy,
            secondary,
            ttl,
            healthCheck == null ? DEFAULT_HEALTH_CHECK : healthCheck,
            null,
            FULL_CAPACITY,
            failback,
            replicationLag);
      }
    };
  }

  private static void rejectFailoverKeys(Section d) {
    for (String key : new String[] {"healthCheck", "failover", "standby"}) {
      Field f = d.field(key);
      if (f.present()) {
        f.problem(
            "a single-region deployment does not fail over; remove "
                + key
                + " or choose active-passive");
      }
    }
    Field lag = d.field("replicationLag");
    if (lag.present()) {
      lag.problem(
          "a single-region deployment has no secondary; remove replicationLag or choose active-passive");
    }
  }

  private static void rejectActiveActiveKeys(Section d) {
    Field failover = d.field("failover");
    if (failover.present()) {
      failover.problem(
          "active-active fails over by health check only; remove failover or choose active-passive");
    }
    Field standby = d.field("standby");
    if (standby.present()) {
      standby.problem("active-active runs full capacity in both regions; remove standby");
    }
  }

  /** The secondary; {@code strategy} is {@code null} when unknown, and then it is optional. */
  private String secondary(Section d, Strategy strategy, String primary) {
    Field f = d.field("secondary");
    if (strategy == Strategy.SINGLE_REGION) {
      if (f.present()) {
        f.problem(
            "a single-region deployment has no secondary; remove it or choose active-passive");
      }
      return null;
    }
    String secondary =
        strategy == null
            ? regions.read(f, primary)
            : regions.read(d.variant(strategy.key()).field("secondary").required(), primary);
    if (secondary != null && secondary.equals(primary)) {
      f.problem("must differ from primary '" + primary + "'");
    }
    return secondary;
  }

  private static HealthCheckSpec healthCheck(Section h) {
    if (h.isAbsent()) {
      return null;
    }
    return new HealthCheckSpec(
        h.field("interval").duration(DEFAULT_HEALTH_CHECK.intervalS()),
        h.field("threshold").intValue(DEFAULT_HEALTH_CHECK.threshold()),
        h.field("deep").bool(DEFAULT_HEALTH_CHECK.deep()));
  }

  private static ManualFailoverSpec failover(Section f) {
    if (f.isAbsent()) {
      return null;
    }
    f.field("mechanism").choice("manual", Map.of("manual", "manual"));
    DelaySpec detect = DelayReader.required(f, "detect", DelayReader.Plain.CONSTANT);
    DelaySpec decide = DelayReader.required(f, "decide", DelayReader.Plain.CONSTANT);
    DelaySpec execute = DelayReader.required(f, "execute", DelayReader.Plain.CONSTANT);
    return new ManualFailoverSpec(detect, decide, execute);
  }

  private static StandbySpec standby(Section s) {
    if (s.isAbsent()) {
      return null;
    }
    return new StandbySpec(s.field("capacity").number(1.0), s.field("scaleUpTime").duration(0));
  }
}
