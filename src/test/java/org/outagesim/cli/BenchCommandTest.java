package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outagesim bench}: that it runs and reports consistent counts. Speeds are measured, not
 * asserted; they are recorded in docs/performance.md.
 */
class BenchCommandTest {

  @TempDir Path tmp;

  @Test
  void jsonReportsModelAndBaselineCounts() throws Exception {
    Path file = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Cli.Outcome o =
        Cli.run("bench", file.toString(), "--warmup", "0", "--replications", "2", "--json");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    JsonNode doc = new ObjectMapper().readTree(o.out());
    assertEquals(2, doc.get("replications").asInt());
    assertEquals(2, doc.get("tenants").asInt());
    long requests = doc.get("requests").asLong();
    long events = doc.get("events").asLong();
    assertTrue(requests > 0 && events >= requests, o.toString());
    // The baseline runs as many events per replication as the model did, plus the ones pending.
    long baseline = doc.get("baseline_events").asLong();
    long pending = doc.get("mean_pending_events").asLong();
    assertTrue(baseline >= events - 2 && baseline <= events + 2 * pending + 2, o.toString());
    double ratio = doc.get("baseline_over_model").asDouble();
    double expected =
        doc.get("baseline_events_per_second").asDouble() / doc.get("events_per_second").asDouble();
    assertEquals(expected, ratio, 0.01 * expected + 0.01);
  }

  @Test
  void withoutAFileTheBuiltInBenchmarkScenarioRuns() throws Exception {
    Cli.Outcome o =
        Cli.run("bench", "--warmup", "0", "--replications", "1", "--set", "duration=82m", "--json");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    JsonNode json = new ObjectMapper().readTree(o.out());
    assertEquals("korea-weekday (built in)", json.get("scenario").asText());
    assertEquals(14, json.get("tenants").asInt());
  }

  @Test
  void zeroReplicationsIsBadInput() throws Exception {
    Path file = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Cli.Outcome o = Cli.run("bench", file.toString(), "--replications", "0");
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertTrue(o.err().contains("--replications: must be 1 or more, got 0"), o.toString());
  }
}
