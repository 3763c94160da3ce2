package org.outagesim.report;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.RegionOutage;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ResolverSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TtlViolationSpec;
import org.outagesim.stats.LatencyStats;
import org.outagesim.stats.Metric;
import org.outagesim.stats.MinuteSeries;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.Summary;
import org.outagesim.stats.TenantResult;

/** Hand-built results: 2 replications × 2 tenants over a 3-minute horizon, summarised for real. */
final class SampleResults {

  private SampleResults() {}

  static ScenarioSpec scenario() {
    TenantSpec shop = tenant("shop", "ecommerce", DeploymentSpec.Strategy.ACTIVE_PASSIVE);
    TenantSpec bank = tenant("bank", "finance", DeploymentSpec.Strategy.SINGLE_REGION);
    return new ScenarioSpec(
        "sample",
        "two tenants",
        OffsetDateTime.parse("2018-11-22T06:00:00+09:00"),
        180.0,
        2,
        42L,
        List.of(
            new RegionSpec("ap-northeast-2", ResolverSpec.unlimited()),
            new RegionSpec("ap-northeast-1", new ResolverSpec(50000, 5.0))),
        new DnsSpec(500, 0.0, 300.0, TtlViolationSpec.none(), false),
        List.of(
            new RegionResolverFailure(
                "ap-northeast-2",
                60.0,
                60.0,
                DnsFailureMode.SERVFAIL,
                StepProfile.constant(1.0),
                300.0),
            new RegionOutage("ap-northeast-1", 120.0, 30.0)),
        Map.of(
            "flat",
            new ProfileSpec("flat", List.of(), List.of()),
            "busy",
            new ProfileSpec("busy", List.of(), List.of(new ProfileSpec.ProfileEvent(0, 60, 3.0)))),
        List.of(shop, bank));
  }

  private static TenantSpec tenant(String id, String sector, DeploymentSpec.Strategy strategy) {
    return new TenantSpec(
        id,
        sector,
        new TenantSpec.TrafficSpec(200, null),
        new TenantSpec.SessionSpec(6, 10, 0.04, 52000),
        new TenantSpec.ClientSpec(2, 0.5, 30, 10),
        new TenantSpec.UserSpec(2, 30, 0.2, 7200),
        new TenantSpec.CapacitySpec(400, new DelaySpec.LogNormal(0.08, 1.5), 2000),
        new TenantSpec.InternalDnsSpec(2, 50, 30, 10),
        new DeploymentSpec(
            strategy,
            "ap-northeast-2",
            null,
            60,
            null,
            null,
            null,
            DeploymentSpec.Failback.AUTOMATIC));
  }

  static ExperimentResult result() {
    List<ReplicationResult> reps =
        List.of(
            new ReplicationResult(
                0,
                List.of(
                    tenantResult("shop", "active-passive", 0),
                    tenantResult("bank", "single-region", 0)),
                1000),
            new ReplicationResult(
                1,
                List.of(
                    tenantResult("shop", "active-passive", 1),
                    tenantResult("bank", "single-region", 1)),
                1100));
    return new ExperimentResult(scenario(), reps, Summary.of(reps), 2, 1.25);
  }

  /** Metric value for (tenant, replication): distinct, some fractional, some large. */
  static double value(String tenant, int rep, Metric m) {
    if (m == Metric.TIME_TO_FAILOVER_S && tenant.equals("bank")) {
      return Double.NaN;
    }
    if (m == Metric.TIME_TO_DETECT_S && tenant.equals("shop") && rep == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double base =
        (List.of(Metric.values()).indexOf(m) + 1) * (tenant.equals("shop") ? 10 : 1) + rep * 0.25;
    return m == Metric.REVENUE_LOST ? base * 1_000_000 : base;
  }

  private static TenantResult tenantResult(String tenant, String strategy, int rep) {
    Map<Metric, Double> values = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      values.put(m, value(tenant, rep, m));
    }
    MinuteSeries series = new MinuteSeries(3);
    for (int i = 0; i < 10 + rep; i++) {
      series.increment(MinuteSeries.Series.REQUESTS, 30.0);
    }
    series.increment(MinuteSeries.Series.FAILURES, 90.0);
    Histogram h = LatencyStats.newHistogram();
    h.recordValue(80_000);
    String sector = tenant.equals("shop") ? "ecommerce" : "finance";
    return new TenantResult(tenant, sector, strategy, values, series, h);
  }

  static RunInfo info() {
    return new RunInfo(
        "0.1.0-test",
        "scenarios/sample.yaml",
        "ab".repeat(32),
        List.of("replications=2"),
        List.of("run", "scenarios/sample.yaml"),
        "17");
  }
}
