package org.outagesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.ScenarioLoader;
import org.outagesim.stats.Metric;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/** Every file in {@code scenarios/} loads, validates and runs on a short horizon. */
class ShippedScenariosTest {

  static Stream<Path> scenarioFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertTrue(yaml.size() >= 2, "expected the shipped scenarios, found " + yaml);
      return yaml.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void loadsAndRunsOnAShortHorizon(Path file) throws Exception {
    ScenarioSpec spec = ScenarioLoader.load(file, List.of());
    double firstFault = spec.faults().stream().mapToDouble(f -> f.atS()).min().orElse(0.0);
    double horizon = Math.min(spec.durationS(), firstFault + 600.0);
    // The loader requires every fault to start before the horizon (at < duration); keep that true
    // of the shortened run by leaving out the faults that would start after it.
    ScenarioSpec shortRun =
        new ScenarioSpec(
            spec.name(),
            spec.description(),
            spec.start(),
            horizon,
            2,
            spec.seed(),
            spec.regions(),
            spec.dns(),
            spec.faults().stream().filter(f -> f.atS() < horizon).toList(),
            spec.profiles(),
            spec.tenants());
    ExperimentResult result = new Experiment(2, ProgressListener.NONE).run(shortRun);
    assertEquals(2, result.replications().size());
    for (ReplicationResult r : result.replications()) {
      assertEquals(spec.tenants().size(), r.tenants().size());
      for (TenantResult t : r.tenants()) {
        assertTrue(t.get(Metric.SESSIONS) > 0, t.tenant() + " had no sessions");
        assertEquals(
            t.get(Metric.TRANSACTIONS_INTENDED),
            t.get(Metric.TRANSACTIONS_COMPLETED)
                + t.get(Metric.TRANSACTIONS_LOST)
                + t.get(Metric.TRANSACTIONS_PENDING),
            t.tenant());
      }
    }
  }
}
