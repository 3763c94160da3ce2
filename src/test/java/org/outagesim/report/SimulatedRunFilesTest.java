package org.outagesim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.experiment.Experiment;
import org.outagesim.experiment.ExperimentResult;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.model.spec.DeploymentSpec;
import org.outagesim.model.spec.DnsFailureMode;
import org.outagesim.model.spec.RegionResolverFailure;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.StepProfile;
import org.outagesim.model.spec.TenantSpec;

/** The writers on real simulator output: the thread count never changes a byte of the results. */
class SimulatedRunFilesTest {

  private static final List<String> RESULT_FILES =
      List.of("replications.csv", "summary.csv", "summary.json", "timeseries.csv");

  @TempDir Path tmp;

  private static ScenarioSpec smallScenario() {
    ScenarioSpec base = SampleResults.scenario();
    List<TenantSpec> singleRegion =
        base.tenants().stream()
            .map(
                t ->
                    new TenantSpec(
                        t.id(),
                        t.sector(),
                        new TenantSpec.TrafficSpec(2.0, null),
                        t.session(),
                        t.client(),
                        t.user(),
                        t.capacity(),
                        t.internalDns(),
                        new DeploymentSpec(
                            DeploymentSpec.Strategy.SINGLE_REGION,
                            "ap-northeast-2",
                            null,
                            60,
                            null,
                            null,
                            null,
                            DeploymentSpec.Failback.AUTOMATIC)))
            .toList();
    return new ScenarioSpec(
        "small",
        "",
        base.start(),
        20 * 60.0,
        3,
        11L,
        base.regions(),
        base.dns(),
        List.of(
            new RegionResolverFailure(
                "ap-northeast-2",
                300,
                300,
                DnsFailureMode.SERVFAIL,
                StepProfile.constant(1.0),
                60)),
        base.profiles(),
        singleRegion);
  }

  private Path runAndWrite(int threads, String folder) throws Exception {
    ExperimentResult result = new Experiment(threads, ProgressListener.NONE).run(smallScenario());
    return ResultWriter.write(
        result, SampleResults.info(), OutputTarget.chosen(tmp.resolve(folder), false));
  }

  @Test
  void oneAndTwoThreadsWriteByteIdenticalResults() throws Exception {
    Path one = runAndWrite(1, "one");
    Path two = runAndWrite(2, "two");
    for (String f : RESULT_FILES) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
    }
    List<String> rows = Files.readAllLines(one.resolve(ReplicationsCsv.NAME));
    assertEquals(1 + 3 * 2, rows.size());
    // Per minute: two tenant rows and one row per region whose resolver was asked (both).
    assertEquals(1 + 20 * (2 + 2), Files.readAllLines(one.resolve(TimeseriesCsv.NAME)).size());
    assertTrue(rows.get(1).startsWith("0,shop,ecommerce,single-region,"), rows.get(1));
  }
}
