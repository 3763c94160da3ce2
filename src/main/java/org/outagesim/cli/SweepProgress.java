package org.outagesim.cli;

import java.io.PrintWriter;
import org.outagesim.sweep.run.SweepListener;

/** The sweep's progress on a terminal: replications done of those started, elapsed, time left. */
final class SweepProgress implements SweepListener {
  private final ProgressLine line;

  SweepProgress(PrintWriter err) {
    this.line = new ProgressLine(err);
  }

  @Override
  public void replicationFinished(int done, int started, double elapsedS) {
    line.replicationFinished(done, started, elapsedS);
  }

  void finish() {
    line.finish();
  }
}
