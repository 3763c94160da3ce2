package org.outagesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.report.OutputTarget;
import org.outagesim.report.ResultWriter;
import org.outagesim.report.RunInfo;
import org.outagesim.scenario.ScenarioLoader;

/**
 * The reader on a real result folder of {@code scenarios/strategies.yaml}, shortened to 25 minutes.
 */
class RunResultsReaderTest {

  @TempDir Path tmp;

  @Test
  void readsScenarioFaultsTenantsEstimatesReplicationsAndMinutes() throws Exception {
    List<String> overrides = List.of("duration=25m", "replications=2");
    ScenarioSpec spec = ScenarioLoader.load(Path.of("scenarios/strategies.yaml"), overrides);
    Path folder =
        ResultWriter.write(
            new Experiment(1, ProgressListener.NONE).run(spec),
            new RunInfo(
                "test",
                "scenarios/strategies.yaml",
                "00".repeat(32),
                overrides,
                List.of("run"),
                "17"),
            OutputTarget.chosen(tmp.resolve("run"), false));

    RunResults r = RunResultsReader.read(folder);

    assertEquals("strategies", r.scenarioName());
    assertEquals(OffsetDateTime.parse("2018-11-22T08:00:00+09:00"), r.start());
    assertEquals(1500.0, r.durationS());
    assertEquals(2, r.replications());
    assertEquals(
        List.of(new FaultWindow("region-resolver-failure", "ap-northeast-2", 1200, 4800)),
        r.faults());
    assertEquals(new TenantInfo("single-region", "ecommerce", "single-region"), r.tenants().get(0));
    assertEquals(6, r.tenants().size());
    assertEquals(2, r.perReplication().size());
    double lost0 = r.perReplication().get(0).get("single-region").get("transactions_lost");
    double lost1 = r.perReplication().get(1).get("single-region").get("transactions_lost");
    assertEquals(
        (lost0 + lost1) / 2, r.estimate("single-region", "transactions_lost").mean(), 1e-9);
    assertTrue(Double.isNaN(r.estimate("single-region", "time_to_failover_s").mean()));
    assertEquals(25 * 6, r.minutes().size());
    TenantMinute first = r.minutes().get(0);
    assertEquals(0, first.minute());
    assertEquals("single-region", first.tenant());
    assertEquals(1.0, first.successRatio());
  }
}
