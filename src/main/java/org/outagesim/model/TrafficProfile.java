package org.outagesim.model;

import java.util.List;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.ProfileSpec.ProfileEvent;

/**
 * The multiplier on a tenant's base session rate at simulation time {@code t}.
 *
 * <p>Hourly values stand at the midpoint of their local hour ({@code h:30}) and are interpolated
 * linearly between midpoints, wrapping around midnight; events multiply on top while they last. A
 * profile without hourly values is 1.0 apart from its events.
 */
public final class TrafficProfile {

  private final double[] hourly;
  private final List<ProfileEvent> events;
  private final double startSecondOfDay;

  /**
   * @param spec the resolved profile, or {@code null} for a constant 1.0
   * @param startSecondOfDay local second of day at simulation time 0
   */
  public TrafficProfile(ProfileSpec spec, double startSecondOfDay) {
    this.hourly =
        spec == null
            ? new double[0]
            : spec.hourly().stream().mapToDouble(Double::doubleValue).toArray();
    this.events = spec == null ? List.of() : spec.events();
    this.startSecondOfDay = startSecondOfDay;
  }

  /** The multiplier at simulation time {@code t} (seconds). */
  public double multiplier(double t) {
    double m = hourlyAt(t);
    for (ProfileEvent e : events) {
      if (t >= e.atS() && t < e.atS() + e.durationS()) {
        m *= e.multiplier();
      }
    }
    return m;
  }

  /** An upper bound of {@link #multiplier(double)} over all times, for thinning. */
  public double upperBound() {
    double m = 1.0;
    if (hourly.length > 0) {
      m = 0.0;
      for (double h : hourly) {
        m = Math.max(m, h);
      }
    }
    for (ProfileEvent e : events) {
      m *= Math.max(1.0, e.multiplier());
    }
    return m;
  }

  private double hourlyAt(double t) {
    if (hourly.length == 0) {
      return 1.0;
    }
    double hoursSinceFirstMidpoint = ((startSecondOfDay + t) / 3600.0 - 0.5) % 24.0;
    if (hoursSinceFirstMidpoint < 0) {
      hoursSinceFirstMidpoint += 24.0;
    }
    int h = (int) Math.floor(hoursSinceFirstMidpoint);
    double frac = hoursSinceFirstMidpoint - h;
    double a = hourly[h % 24];
    double b = hourly[(h + 1) % 24];
    return a + (b - a) * frac;
  }
}
