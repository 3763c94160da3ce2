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

/**
 * Reads a tenant's {@code deployment}. Every key is validated for every strategy; failover
 * settings (health check, manual failover, standby) are kept only for strategies that fail
 * over, and a strategy this version cannot simulate is rejected by {@link SupportedFeatures}.
 */
final class DeploymentReader {
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
    Strategy strategy = strategyField.choice(Strategy.SINGLE_REGION, STRATEGIES);
    String primary = regions.read(d.field("primary").required());
    String secondary = secondary(d, strategy, primary);
    double ttl = d.field("ttl").duration(60, Range.NON_NEGATIVE_DURATION);
    HealthCheckSpec healthCheck = healthCheck(d.section("healthCheck"));
    ManualFailoverSpec failover = failover(d.section("failover"));
    StandbySpec standby = standby(d.section("standby"));
    Failback failback = d.field("failback").choice(Failback.AUTOMATIC, FAILBACKS);
    if (healthCheck != null && failover != null) {
      d.field("failover").problem("give either healthCheck or failover, not both");
    }
    SupportedFeatures.checkStrategy(strategyField, strategy);
    if (strategy == Strategy.SINGLE_REGION) {
      return new DeploymentSpec(strategy, primary, null, ttl, null, null, null, failback);
    }
    if (healthCheck == null && failover == null) {
      healthCheck = new HealthCheckSpec(30, 3, false);
    }
    StandbySpec standbyOrDefault = standby == null ? new StandbySpec(1.0, 0) : standby;
    return new DeploymentSpec(strategy, primary, secondary, ttl, healthCheck, failover, standbyOrDefault, failback);
  }

  private String secondary(Section d, Strategy strategy, String primary) {
    Field f = d.field("secondary");
    if (strategy == Strategy.SINGLE_REGION) {
      if (f.present()) {
        f.problem("a single-region deployment has no secondary; remove it or choose active-passive");
      }
      return null;
    }
    String secondary = regions.read(f.required());
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
        h.field("interval").duration(30, Range.POSITIVE_DURATION),
        h.field("threshold").intValue(3, Range.integers(1, 10)),
        h.field("deep").bool(false));
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
    return new StandbySpec(
        s.field("capacity").number(1.0, Range.FRACTION),
        s.field("scaleUpTime").duration(0, Range.NON_NEGATIVE_DURATION));
  }
}
