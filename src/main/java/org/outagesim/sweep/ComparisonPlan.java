package org.outagesim.sweep;

import java.util.List;

/**
 * A design comparison: a sweep whose points are deployment designs. Point 0 ({@code current}) is
 * the scenario as it is and the baseline; point {@code i} switches the selected tenants to {@code
 * designs.get(i - 1)}. Every point runs the same replication seeds, so differences between designs
 * are paired.
 *
 * @param sweep the sweep that runs it; its one varied parameter is the design name
 * @param tenants ids of the tenants switched, in scenario order
 * @param designs the designs' names, in point order after {@code current}
 * @param incidentsPerYear how often such an incident happens: the command line's, else the
 *     comparison file's, else the scenario's, else 1
 */
public record ComparisonPlan(
    SweepPlan sweep, List<String> tenants, List<String> designs, double incidentsPerYear) {

  /** The only parameter of a comparison's points, and its column. */
  public static final String PARAMETER = "design";

  /** The plan kind in the manifest. */
  public static final String KIND = "comparison";

  public ComparisonPlan {
    tenants = List.copyOf(tenants);
    designs = List.copyOf(designs);
  }

  /** The name of every point's design, {@code current} first. */
  public List<String> pointNames() {
    return sweep.points().stream().map(p -> p.values().get(PARAMETER)).toList();
  }
}
