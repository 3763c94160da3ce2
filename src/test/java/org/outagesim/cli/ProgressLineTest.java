package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  private final StringWriter text = new StringWriter();
  private final ProgressLine line = new ProgressLine(new PrintWriter(text));

  @Test
  void staysSilentDuringTheFirstTwoSeconds() {
    line.replicationFinished(1, 10, 0.5);
    line.replicationFinished(2, 10, 1.9);
    line.finish();
    assertEquals("", text.toString());
  }

  @Test
  void rewritesOneLineWithDoneElapsedAndTimeLeft() {
    line.replicationFinished(5, 20, 10.0);
    assertEquals("\rreplications 5/20  elapsed 0:10  left ~0:30", text.toString());
    line.replicationFinished(20, 20, 40.0);
    assertTrue(
        text.toString().endsWith("\rreplications 20/20  elapsed 0:40" + " ".repeat(11)),
        text.toString());
  }

  @Test
  void finishClearsTheLine() {
    line.replicationFinished(5, 20, 10.0);
    int shown = "replications 5/20  elapsed 0:10  left ~0:30".length();
    line.finish();
    assertTrue(text.toString().endsWith("\r" + " ".repeat(shown) + "\r"), text.toString());
  }
}
