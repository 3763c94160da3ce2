package org.outagesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ResolverSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TtlViolationSpec;
import org.outagesim.stats.MinuteSeries;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/** Replication results depend on the seed only: not on thread count, order or earlier runs. */
class DeterminismTest {

  @Test
  void oneThreadGivesTheSameResultsAsTwo() throws Exception {
    ScenarioSpec spec = scenario(7);
    List<String> one =
        fingerprint(new Experiment(1, ProgressListener.NONE).run(spec).replications());
    List<String> two =
        fingerprint(new Experiment(2, ProgressListener.NONE).run(spec).replications());
    assertEquals(one, two);
  }

  @Test
  void theSameSeedRepeatsAndAnotherSeedDiffers() throws Exception {
    List<String> a =
        fingerprint(new Experiment(2, ProgressListener.NONE).run(scenario(7)).replications());
    List<String> b =
        fingerprint(new Experiment(2, ProgressListener.NONE).run(scenario(7)).replications());
    List<String> c =
        fingerprint(new Experiment(2, ProgressListener.NONE).run(scenario(8)).replications());
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void addingATenantDoesNotChangeTheNumbersAnotherTenantDraws() throws Exception {
    // Without faults or shared resolver capacity the tenants do not interact, so tenant 0's
    // results must be identical when a tenant is added after it.
    ScenarioSpec base = scenario(7, 1, List.of());
    ScenarioSpec more = scenario(7, 2, List.of());
    ReplicationResult r1 = new Experiment(1, ProgressListener.NONE).run(base).replications().get(0);
    ReplicationResult r2 = new Experiment(1, ProgressListener.NONE).run(more).replications().get(0);
    assertEquals(fingerprint(r1.tenants().get(0)), fingerprint(r2.tenants().get(0)));
  }

  private static ScenarioSpec scenario(long seed) {
    return scenario(
        seed,
        3,
        List.of(
            new RegionResolverFailure(
                "r1", 600, 900, DnsFailureMode.TIMEOUT, StepProfile.constant(0.6), 0)));
  }

  private static ScenarioSpec scenario(long seed, int tenants, List<RegionResolverFailure> faults) {
    List<TenantSpec> ts = new ArrayList<>();
    for (int i = 0; i < tenants; i++) {
      ts.add(
          new TenantSpec(
              "t" + i,
              "retail",
              new TenantSpec.TrafficSpec(3 + i, null),
              new TenantSpec.SessionSpec(4, 5.0, 0.2, 50),
              new TenantSpec.ClientSpec(2, 0.5, 20, 5),
              new TenantSpec.UserSpec(1, 30, 0.3, 300),
              new TenantSpec.CapacitySpec(3, new DelaySpec.Exponential(0.1), 50),
              new TenantSpec.InternalDnsSpec(2, 4, 30, 10),
              new DeploymentSpec(
                  DeploymentSpec.Strategy.SINGLE_REGION,
                  "r1",
                  null,
                  60,
                  null,
                  null,
                  null,
                  DeploymentSpec.Failback.AUTOMATIC)));
    }
    return new ScenarioSpec(
        "det",
        "",
        OffsetDateTime.parse("2018-11-22T08:00:00+09:00"),
        2400,
        5,
        seed,
        List.of(new RegionSpec("r1", ResolverSpec.unlimited())),
        new DnsSpec(100, 10, 300, new TtlViolationSpec(0.1, 300), false),
        new ArrayList<>(faults),
        Map.of(),
        ts);
  }

  private static List<String> fingerprint(List<ReplicationResult> reps) {
    List<String> out = new ArrayList<>();
    for (ReplicationResult r : reps) {
      out.add("rep " + r.replication() + " events " + r.events());
      r.tenants().forEach(t -> out.add(fingerprint(t)));
    }
    return out;
  }

  private static String fingerprint(TenantResult t) {
    StringBuilder sb = new StringBuilder(t.tenant()).append(t.values());
    for (int m = 0; m < t.series().minutes(); m++) {
      for (MinuteSeries.Series s : MinuteSeries.Series.values()) {
        sb.append(',').append(t.series().get(s, m));
      }
    }
    return sb.toString();
  }
}
