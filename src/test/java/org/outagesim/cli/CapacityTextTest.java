package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagesim.model.PeakLoad;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.ScenarioLoader;

/** Peak utilisation against hand-computed values, and the warning above 90% only. */
class CapacityTextTest {

  private static final String SCENARIO =
      """
      name: capacity
      start: 2018-11-22T06:00:00+09:00
      duration: 8h
      regions: [ { id: ap-northeast-2 }, { id: ap-northeast-1 } ]
      profiles:
        day: { hourly: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,
                        0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
               events: [ { at: "10:00", duration: 1h, multiplier: 2.0 } ] }
      tenants:
        - id: calm
          traffic: { sessionsPerSecond: 10 }
          session: { pages: 5 }
          capacity: { servers: 100, serviceTime: 100ms }
          deployment: { strategy: active-passive, primary: ap-northeast-2, secondary: ap-northeast-1,
                        standby: { capacity: 0.3, scaleUpTime: 10m } }
        - id: busy
          traffic: { sessionsPerSecond: 20, profile: day }
          session: { pages: 5 }
          capacity: { servers: 10, serviceTime: 100ms }
          deployment: { strategy: single-region, primary: ap-northeast-2 }
        - id: twin
          traffic: { sessionsPerSecond: 10 }
          session: { pages: 5 }
          capacity: { servers: 30, serviceTime: 100ms }
          deployment: { strategy: active-active, primary: ap-northeast-2, secondary: ap-northeast-1 }
      """;

  @TempDir Path tmp;

  @Test
  void utilisationIsPeakRequestRateTimesServiceTimeOverServers() throws Exception {
    ScenarioSpec s = ScenarioLoader.load(Cli.write(tmp, "c.yaml", SCENARIO), List.of());
    List<PeakLoad.Tenant> load = PeakLoad.of(s);
    // calm: 10 sessions/s × 5 pages × 0.1 s / 100 servers = 5%; at 30% standby 16.7%.
    assertEquals(0.05, load.get(0).normal(), 1e-12);
    assertEquals(0.05 / 0.3, load.get(0).atStandby(), 1e-12);
    assertEquals(0.05, load.get(0).atFullScale(), 1e-12);
    // busy: peak multiplier 0.5 × 2 = 1: 20 × 5 × 0.1 / 10 = 100%.
    assertEquals(1.0, load.get(1).normal(), 1e-12);
    // twin: 10 × 5 × 0.1 / 30 = 16.7% in all, half of it in each region normally.
    assertEquals(5.0 / 30 / 2, load.get(2).normal(), 1e-12);
    assertEquals(5.0 / 30, load.get(2).atFullScale(), 1e-12);
  }

  @Test
  void validateShowsTheLoadAndWarnsAboveNinetyPercentOnly() throws Exception {
    Cli.Outcome o = Cli.run("validate", Cli.write(tmp, "c.yaml", SCENARIO).toString());
    assertEquals(0, o.code(), o.toString());
    assertTrue(
        o.out()
            .contains(
                "  calm: 5% in ap-northeast-2; all traffic in ap-northeast-1: 17% at standby, 5% at full scale"),
        o.out());
    assertTrue(
        o.out().contains("  warning: busy runs above 90% of its servers at its peak"), o.out());
    assertFalse(o.out().contains("warning: calm"), o.out());
    assertFalse(o.out().contains("warning: twin"), o.out());
  }
}
