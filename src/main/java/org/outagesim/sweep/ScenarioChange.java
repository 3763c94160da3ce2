package org.outagesim.sweep;

import org.outagesim.model.spec.ScenarioSpec;

/**
 * A change of a loaded, valid scenario that makes a sweep point, beyond what overrides can say: a
 * deployment design put in place of several tenants' deployments. It must give a valid scenario for
 * every input its planner has checked, and be a value (equal when it makes the same change).
 */
public interface ScenarioChange {

  /** The scenario of the point. */
  ScenarioSpec apply(ScenarioSpec base);

  /** Changes nothing. */
  ScenarioChange NONE = new Unchanged();

  /** The change that changes nothing; equal to itself only. */
  final class Unchanged implements ScenarioChange {
    private Unchanged() {}

    @Override
    public ScenarioSpec apply(ScenarioSpec base) {
      return base;
    }

    @Override
    public String toString() {
      return "unchanged";
    }
  }
}
