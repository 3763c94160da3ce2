package org.outagesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.ResolverCapacityLoss;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.ResolverSeries;

/**
 * {@code scenarios/seoul-2018-fleet.yaml}, where the resolver fleet loses capacity and the error
 * rate is the model's output, against the same observations as {@code seoul-2018.yaml} ({@link
 * SeoulCalibration}), and against what its own mechanisms imply:
 *
 * <ul>
 *   <li>lookups fail only while the fleet is short: in every minute of 08:19–09:43 at least 20% of
 *       the region's lookups fail (the fleet keeps at most 30% of 40/s, 12/s, against about 13/s
 *       asked when nothing fails and more once failures are retried), none fail before 08:19, and
 *       none from 5 minutes after 09:43 (the full fleet answers three times the normal demand, so
 *       the retried lookups drain in seconds; 5 min leaves room for the failures the apps cached
 *       and the users who retry by hand);
 *   <li>a tenant that replaces unhealthy instances is back no later than fault end + boot time +
 *       one check interval (+1 min, the resolution of the time to recover), and one behind a
 *       circuit breaker no later than fault end + the breaker's open time (+1 min).
 * </ul>
 */
class Seoul2018FleetCalibrationTest extends SeoulCalibration {
  @Override
  String scenarioFile() {
    return "scenarios/seoul-2018-fleet.yaml";
  }

  private ResolverCapacityLoss loss() {
    return spec.faults().stream()
        .filter(ResolverCapacityLoss.class::isInstance)
        .map(ResolverCapacityLoss.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void lookupsFailOnlyWhileTheFleetIsShort() {
    ResolverCapacityLoss loss = loss();
    int from = (int) (loss.atS() / 60);
    int to = (int) (loss.endS() / 60);
    for (ReplicationResult r : reps) {
      ResolverSeries s = r.regions().get(0).series();
      assertTrue(r.regions().get(0).limited(), "the fleet has a capacity");
      for (int m = 0; m < s.minutes(); m++) {
        double share = s.lookups(m) == 0 ? 0 : (double) s.failed(m) / s.lookups(m);
        if (m < from || m >= to + 5) {
          assertEquals(0, s.failed(m), "failed lookups in minute " + m + " outside the fault");
        } else if (m < to) {
          assertTrue(share >= 0.2, "share failed in minute " + m + ": " + share);
        }
      }
    }
  }

  @Test
  void theTailsOfReplacementAndBreakersStayWithinTheirClosedForms() {
    double endMin = FAULT_MINUTES;
    int checked = 0;
    for (TenantSpec t : spec.tenants()) {
      double bound;
      if (t.instanceReplacement() != null) {
        bound =
            endMin
                + (t.instanceReplacement().bootTimeS() + t.instanceReplacement().intervalS()) / 60
                + 1;
      } else if (t.circuitBreaker() != null) {
        bound = endMin + t.circuitBreaker().openForS() / 60 + 1;
      } else {
        continue;
      }
      double recover = mean(t.id(), r -> r.get(Metric.TIME_TO_RECOVER_S)) / 60.0;
      assertTrue(
          recover >= endMin - 10 && recover <= bound,
          t.id() + " recovered after " + recover + " min, bound " + bound);
      checked++;
    }
    assertFalse(checked == 0, "the scenario has tenants with these mechanisms");
    assertTrue(checked >= 7, "five replace instances, two have breakers: " + checked);
  }

  /** The scenario's tenants are seoul-2018's: the comparison in docs/scenarios.md rests on it. */
  @Test
  void itHasTheSameTenantsAsTheProfileScenario() throws Exception {
    List<String> profile =
        org.outagesim.scenario.ScenarioLoader.load(
                java.nio.file.Path.of("scenarios/seoul-2018.yaml"), List.of())
            .tenants()
            .stream()
            .map(TenantSpec::id)
            .toList();
    assertEquals(profile, spec.tenants().stream().map(TenantSpec::id).toList());
  }
}
