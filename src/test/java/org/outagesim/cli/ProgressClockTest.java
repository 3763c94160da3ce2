package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressClockTest {

  @Test
  void progressClockShowsMinutesAndHours() {
    assertEquals("0:05", ProgressLine.clock(5.2));
    assertEquals("2:05", ProgressLine.clock(125));
    assertEquals("1:02:05", ProgressLine.clock(3725));
  }
}
