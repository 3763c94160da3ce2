package org.outagesim.model.spec;

/**
 * An Auto Scaling group behind a load balancer whose health checks see the app's dependencies: an
 * app instance whose deep health check fails {@code threshold} times in a row is taken out of
 * service and replaced; the replacement serves after {@code bootTimeS}, with a cold DNS cache.
 *
 * @param intervalS time between two health checks of one instance (ALB default 30 s)
 * @param threshold consecutive failed checks that take an instance out of service (ALB default 2)
 * @param bootTimeS from the decision to replace to the replacement serving (the Auto Scaling
 *     console's default health-check grace period, 300 s, sized for an instance to start)
 */
public record InstanceReplacementSpec(double intervalS, int threshold, double bootTimeS)
    implements java.io.Serializable {
  /** Application Load Balancer default {@code HealthCheckIntervalSeconds}. */
  public static final double DEFAULT_INTERVAL_S = 30.0;

  /** Application Load Balancer default {@code UnhealthyThresholdCount}. */
  public static final int DEFAULT_THRESHOLD = 2;

  /** EC2 Auto Scaling console default health-check grace period. */
  public static final double DEFAULT_BOOT_TIME_S = 300.0;
}
