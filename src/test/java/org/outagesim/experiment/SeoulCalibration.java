package org.outagesim.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.scenario.ScenarioLoader;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/**
 * Calibration: a Seoul 2018 scenario reproduces what was observed on 22 Nov 2018
 * ([seoul-2018-timeline] and [seoul-2018-press] in docs/sources.md; docs/scenarios.md states the
 * same tolerances):
 *
 * <ul>
 *   <li>single-region tenants are degraded for about the provider's 84 minutes plus a recovery
 *       tail: recovered (success ratio back at 99% of its level) between 74 and 114 minutes after
 *       the fault start, with between 30 and 84 minutes below 50% success;
 *   <li>the worst tenant's impact is in the range the press reported (about 1.5 h): the largest
 *       time to recover lies between 75 and 120 minutes;
 *   <li>tenants in a second region behind deep health checks, and active-active ones, are nearly
 *       unaffected: they fail over in every replication and lose under 15% of the share of
 *       transactions a typical (median) single-region tenant loses;
 *   <li>active-passive tenants behind shallow health checks are not saved: they never fail over and
 *       lose at least half the median single-region share.
 * </ul>
 *
 * Three replications of the scenario cut at 10:30: these are ranges, not estimates of a mean, and
 * the replication-to-replication spread of each figure is a few percent of the distance to either
 * bound.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeoulCalibration {
  static final double FAULT_MINUTES = 84.0;

  ScenarioSpec spec;
  List<ReplicationResult> reps;

  /** The scenario file checked. */
  abstract String scenarioFile();

  /**
   * The horizon checked: 07:00–10:30, which holds the fault (08:19–09:43) and every bound below (at
   * most 120 minutes after 08:19, 10:19); the hour and a half after it only adds lost transactions
   * of the users who come back, to every tenant alike.
   */
  static final double HORIZON_S = 3.5 * 3600;

  @BeforeAll
  void run() throws Exception {
    spec =
        ScenarioLoader.load(Path.of(scenarioFile()), List.of())
            .withReplications(3)
            .withDuration(HORIZON_S);
    reps = new Experiment(2, ProgressListener.NONE).run(spec).replications();
  }

  List<TenantSpec> tenants(Strategy strategy, Boolean deep) {
    List<TenantSpec> out = new ArrayList<>();
    for (TenantSpec t : spec.tenants()) {
      boolean match =
          t.deployment().strategy() == strategy
              && (deep == null
                  || (t.deployment().healthCheck() != null
                      && t.deployment().healthCheck().deep() == deep));
      if (match && t.session().conversion() > 0) {
        out.add(t);
      }
    }
    assertFalse(out.isEmpty(), "the scenario should have " + strategy + " tenants");
    return out;
  }

  double mean(String tenant, ToDoubleFunction<TenantResult> f) {
    return reps.stream().mapToDouble(r -> f.applyAsDouble(find(r, tenant))).average().orElseThrow();
  }

  static TenantResult find(ReplicationResult r, String tenant) {
    return r.tenants().stream().filter(t -> t.tenant().equals(tenant)).findFirst().orElseThrow();
  }

  static double lostShare(TenantResult t) {
    return t.get(Metric.TRANSACTIONS_LOST) / t.get(Metric.TRANSACTIONS_INTENDED);
  }

  double medianSingleRegionLostShare() {
    double[] shares =
        tenants(Strategy.SINGLE_REGION, null).stream()
            .mapToDouble(t -> mean(t.id(), SeoulCalibration::lostShare))
            .sorted()
            .toArray();
    return shares[shares.length / 2];
  }

  @Test
  void singleRegionTenantsAreDegradedForTheFaultWindowPlusATail() {
    Map<String, String> outside = new TreeMap<>();
    for (TenantSpec t : tenants(Strategy.SINGLE_REGION, null)) {
      double recoverMin = mean(t.id(), r -> r.get(Metric.TIME_TO_RECOVER_S)) / 60.0;
      double downMin = mean(t.id(), r -> r.get(Metric.DOWNTIME_MINUTES));
      if (!(recoverMin >= FAULT_MINUTES - 10 && recoverMin <= FAULT_MINUTES + 30)
          || downMin < 30
          || downMin > 84) {
        outside.put(
            t.id(),
            String.format("recovered after %.1f min, %.1f min below 50%%", recoverMin, downMin));
      }
    }
    assertTrue(outside.isEmpty(), "outside the observed range: " + outside);
  }

  @Test
  void theWorstTenantIsImpairedForAboutAnHourAndAHalf() {
    double worst =
        spec.tenants().stream()
            .mapToDouble(t -> mean(t.id(), r -> r.get(Metric.TIME_TO_RECOVER_S)) / 60.0)
            .max()
            .orElseThrow();
    assertTrue(worst >= 75 && worst <= 120, "worst time to recover " + worst + " min");
  }

  @Test
  void deepHealthChecksAndActiveActiveNearlySaveTheirTenants() {
    double typical = medianSingleRegionLostShare();
    List<TenantSpec> saved = new ArrayList<>(tenants(Strategy.ACTIVE_PASSIVE, true));
    saved.addAll(tenants(Strategy.ACTIVE_ACTIVE, null));
    for (TenantSpec t : saved) {
      double share = mean(t.id(), SeoulCalibration::lostShare);
      assertTrue(
          share < 0.15 * typical,
          t.id() + " lost " + share + " of its transactions, typical " + typical);
      for (ReplicationResult r : reps) {
        assertTrue(
            Double.isFinite(find(r, t.id()).get(Metric.TIME_TO_FAILOVER_S)),
            t.id() + " did not fail over");
      }
    }
  }

  @Test
  void shallowHealthChecksDoNotSaveTheirTenants() {
    double typical = medianSingleRegionLostShare();
    for (TenantSpec t : tenants(Strategy.ACTIVE_PASSIVE, false)) {
      double share = mean(t.id(), SeoulCalibration::lostShare);
      assertTrue(
          share >= 0.5 * typical,
          t.id() + " lost " + share + " of its transactions, typical " + typical);
      double[] failover =
          reps.stream().mapToDouble(r -> find(r, t.id()).get(Metric.TIME_TO_FAILOVER_S)).toArray();
      assertTrue(
          Arrays.stream(failover).allMatch(v -> v == Double.POSITIVE_INFINITY),
          t.id()
              + " failed over (or was called n/a instead of never): "
              + Arrays.toString(failover));
    }
  }
}
