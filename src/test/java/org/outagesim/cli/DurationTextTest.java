package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurationTextTest {

  @Test
  void writesDurationsInScenarioUnits() {
    assertEquals("8h", DurationText.of(8 * 3600));
    assertEquals("1h30m", DurationText.of(5400));
    assertEquals("1h24m", DurationText.of(84 * 60));
    assertEquals("1m30s", DurationText.of(90));
    assertEquals("250ms", DurationText.of(0.25));
    assertEquals("2d", DurationText.of(2 * 86400));
    assertEquals("0s", DurationText.of(0));
  }

  @Test
  void progressClockShowsMinutesAndHours() {
    assertEquals("0:05", ProgressLine.clock(5.2));
    assertEquals("2:05", ProgressLine.clock(125));
    assertEquals("1:02:05", ProgressLine.clock(3725));
  }
}
