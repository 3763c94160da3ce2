package org.outagesim.scenario;

/** Every key of the scenario format (docs/scenario-format.md), as {@link Shape}s. */
final class ScenarioShape {
  static final Shape DELAY = Shape.keys("distribution", "mean", "min", "max", "cv");

  static final Shape REGION = Shape.keys("id").with("resolver", Shape.keys("capacity", "timeout"));

  static final Shape DNS = Shape.keys("resolvers", "clientCacheTtl", "negativeTtl", "failureTtl", "serveStale")
      .with("ttlViolation", Shape.keys("fraction").with("extra", DELAY));

  /** The union of the keys of every fault type; each type checks its own. */
  static final Shape FAULT = Shape.keys("type", "region", "provider", "tenant", "name", "at", "duration",
      "mode", "errorRate", "negativeTtl", "fraction", "delay");

  static final Shape PROFILE_EVENT = Shape.keys("at", "duration", "multiplier");

  static final Shape PROFILE =
      Shape.keys("hourly", "base").with("events", Shape.listOf(PROFILE_EVENT));

  static final Shape DEPLOYMENT = Shape.keys("strategy", "primary", "secondary", "ttl", "failback", "replicationLag")
      .with("healthCheck", Shape.keys("interval", "threshold", "deep"))
      .with("failover", Shape.keys("mechanism")
          .with("detect", DELAY).with("decide", DELAY).with("execute", DELAY))
      .with("standby", Shape.keys("capacity", "scaleUpTime"));

  static final Shape TENANT = Shape.keys("id", "count", "sector", "slo")
      .with("traffic", Shape.keys("sessionsPerSecond", "profile"))
      .with("session", Shape.keys("pages", "thinkTime", "conversion", "orderValue"))
      .with("client", Shape.keys("retries", "backoff", "backoffCap", "timeout"))
      .with("user", Shape.keys("retries", "retryDelay", "returnProbability", "returnDelay"))
      .with("capacity", Shape.keys("servers", "queueLimit").with("serviceTime", DELAY))
      .with("internalDns", Shape.keys("lookups", "names", "instances", "cacheTtl", "negativeTtl"))
      .with("dns", Shape.keys("provider"))
      .with("deployment", DEPLOYMENT);

  static final Shape SCENARIO =
      Shape.keys("name", "description", "start", "duration", "replications", "seed", "currency", "slo")
          .with("regions", Shape.listOf(REGION))
          .with("dns", DNS)
          .with("faults", Shape.listOf(FAULT))
          .with("profiles", Shape.mapOf(PROFILE))
          .with("tenants", Shape.listOf(TENANT));

  private ScenarioShape() {}
}
