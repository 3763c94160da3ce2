package org.outagesim.model.spec;

import java.util.List;

/**
 * A traffic profile: a multiplier on a tenant's base session rate.
 *
 * @param id profile name
 * @param hourly 24 multipliers, one per local hour of day (interpolated linearly between hour
 *     midpoints), or an empty list for a constant 1.0
 * @param events multiplying events, the base profile's first, in simulation time
 */
public record ProfileSpec(String id, List<Double> hourly, List<ProfileEvent> events)
    implements java.io.Serializable {

  public ProfileSpec {
    hourly = List.copyOf(hourly);
    events = List.copyOf(events);
  }

  /**
   * A window in which the profile is multiplied by {@code multiplier}.
   *
   * @param atS start, seconds from the scenario start
   * @param durationS length
   * @param multiplier factor applied on top of the hourly value
   */
  public record ProfileEvent(double atS, double durationS, double multiplier)
      implements java.io.Serializable {}
}
