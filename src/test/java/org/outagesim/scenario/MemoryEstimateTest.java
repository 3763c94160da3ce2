package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.ProfileSpec.ProfileEvent;
import org.outagesim.model.spec.ScenarioSpec;

class MemoryEstimateTest {

  private static ScenarioSpec scenario(List<String> overrides) throws ScenarioException {
    return ScenarioDocument.read(ScenarioLoaderTest.VALID)
        .withOverrides(overrides)
        .toSpec(Long.MAX_VALUE, 1);
  }

  @Test
  void countsResolverEntriesInstanceCachesAndLiveSessionsPerTenant() throws ScenarioException {
    ScenarioSpec spec =
        scenario(
            List.of(
                "tenants=[{id: a, traffic: {sessionsPerSecond: 10},"
                    + " deployment: {primary: ap-northeast-1}}]",
                "dns.resolvers=1000"));
    // 1000 resolvers x 64 B + 10 instances x 1 lookup x 48 B
    // + 10/s x (5 pages x 10 s + 10 s timeout x (1 + 2) x (1 + 1) attempts) x 200 B
    double expected = 1000 * 64 + 10 * 48 + 10 * (50 + 60) * 200;
    assertEquals(expected, MemoryEstimate.bytesPerReplication(spec), 1e-6);
  }

  @Test
  void theCheckCountsOnlyTheReplicationsThatRunAtOnce() throws ScenarioException {
    ScenarioSpec big =
        ScenarioDocument.read(Path.of("src/test/resources/scenarios/invalid/too-much-memory.yaml"))
            .toSpec(1L << 40, 1);
    double perReplication = MemoryEstimate.bytesPerReplication(big);
    long heap = (long) (1.5 * perReplication / MemoryEstimate.HEAP_SHARE);
    assertEquals(1, MemoryEstimate.concurrent(big, 1));
    assertEquals(2, MemoryEstimate.concurrent(big, 2));
    assertEquals(
        1,
        MemoryEstimate.concurrent(big.withReplications(1), 8),
        "one replication never runs twice");
    assertTrue(
        MemoryEstimate.check(big, heap, 1).isEmpty(), "one thread: one replication at a time fits");
    assertTrue(
        MemoryEstimate.check(big.withReplications(1), heap, 2).isEmpty(),
        "one replication on two threads fits");
    assertTrue(
        MemoryEstimate.check(big, heap, 2).orElseThrow().contains("for 2 replications at once"));
  }

  @Test
  void peakMultiplierIsTopHourTimesOverlappingEvents() {
    ProfileSpec p =
        new ProfileSpec(
            "p",
            List.of(0.5, 2.0),
            List.of(
                new ProfileEvent(0, 100, 3),
                new ProfileEvent(50, 100, 2),
                new ProfileEvent(500, 10, 4)));
    assertEquals(2.0 * 6, MemoryEstimate.peakMultiplier(p));
  }

  @Test
  void flatProfileHasMultiplierOne() {
    assertEquals(1.0, MemoryEstimate.peakMultiplier(new ProfileSpec("flat", List.of(), List.of())));
  }

  @Test
  void complainsOnlyWhenTheBatchExceedsEightyPercentOfTheHeap() throws ScenarioException {
    ScenarioSpec spec = scenario(List.of());
    double bytes = MemoryEstimate.bytesPerReplication(spec);
    long heapThatJustFits = (long) Math.ceil(bytes * 4 / 0.8);
    assertTrue(MemoryEstimate.check(spec, heapThatJustFits, 4).isEmpty());
    assertTrue(MemoryEstimate.check(spec, heapThatJustFits, 5).isPresent());
  }
}
