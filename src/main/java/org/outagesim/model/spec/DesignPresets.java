package org.outagesim.model.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import org.outagesim.model.spec.DeploymentSpec.Failback;
import org.outagesim.model.spec.DeploymentSpec.HealthCheckSpec;
import org.outagesim.model.spec.DeploymentSpec.ManualFailoverSpec;
import org.outagesim.model.spec.DeploymentSpec.StandbySpec;
import org.outagesim.model.spec.DeploymentSpec.Strategy;

/**
 * The built-in designs, documented with their sources in docs/decisions.md. The health-checked ones
 * use the Route 53 defaults (a probe every 30 s, 3 failed probes) and the record TTL it advises for
 * failover records (60 s); the secondary runs the primary's full server count. The manual one takes
 * the delays of a team that is paged, confirms and switches by hand (10 + 15 + 10 minutes, an
 * assumption). A scenario's own design of the same name replaces the preset.
 */
public final class DesignPresets {

  /** The point of a comparison that keeps every tenant's deployment as the scenario has it. */
  public static final String CURRENT = "current";

  /** Route 53's default interval and failure threshold. */
  private static final double INTERVAL_S = 30;

  private static final int THRESHOLD = 3;

  /** The TTL Route 53 advises for records that fail over by health check. */
  private static final double FAILOVER_TTL_S = 60;

  private static final StandbySpec FULL = new StandbySpec(1.0, 0);

  private static final Map<String, DesignSpec> PRESETS = new LinkedHashMap<>();

  static {
    add(
        new DesignSpec(
            "single-region",
            Strategy.SINGLE_REGION,
            null,
            Double.NaN,
            null,
            null,
            null,
            Failback.AUTOMATIC,
            Double.NaN));
    add(healthChecked("active-passive-shallow", Strategy.ACTIVE_PASSIVE, false));
    add(healthChecked("active-passive-deep", Strategy.ACTIVE_PASSIVE, true));
    add(
        new DesignSpec(
            "active-passive-manual",
            Strategy.ACTIVE_PASSIVE,
            null,
            FAILOVER_TTL_S,
            null,
            new ManualFailoverSpec(
                new DelaySpec.Constant(600),
                new DelaySpec.Constant(900),
                new DelaySpec.Constant(600)),
            FULL,
            Failback.AUTOMATIC,
            Double.NaN));
    add(healthChecked("active-active", Strategy.ACTIVE_ACTIVE, true));
  }

  private DesignPresets() {}

  private static DesignSpec healthChecked(String name, Strategy strategy, boolean deep) {
    return new DesignSpec(
        name,
        strategy,
        null,
        FAILOVER_TTL_S,
        new HealthCheckSpec(INTERVAL_S, THRESHOLD, deep),
        null,
        FULL,
        Failback.AUTOMATIC,
        Double.NaN);
  }

  private static void add(DesignSpec d) {
    PRESETS.put(d.name(), d);
  }

  /** The presets by name, in documentation order. */
  public static Map<String, DesignSpec> all() {
    return java.util.Collections.unmodifiableMap(PRESETS);
  }

  /** The presets, then the scenario's own designs, which replace presets of the same name. */
  public static Map<String, DesignSpec> available(ScenarioSpec scenario) {
    Map<String, DesignSpec> out = new LinkedHashMap<>(PRESETS);
    out.putAll(scenario.designs());
    return out;
  }
}
