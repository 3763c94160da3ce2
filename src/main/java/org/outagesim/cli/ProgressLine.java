package org.outagesim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.outagesim.experiment.ProgressListener;

/**
 * A one-line progress display on a terminal's stderr, rewritten in place with {@code \r}:
 * replications done of total, elapsed time and a linear estimate of the time left. It stays silent
 * for the first two seconds, so short runs print nothing, and {@link #finish()} clears it.
 */
final class ProgressLine implements ProgressListener {

  private static final double QUIET_FIRST_S = 2.0;

  private final PrintWriter err;
  private int shownWidth;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void replicationFinished(int done, int total, double elapsedS) {
    if (elapsedS < QUIET_FIRST_S) {
      return;
    }
    String text =
        String.format(Locale.ROOT, "replications %d/%d  elapsed %s", done, total, clock(elapsedS));
    if (done < total) {
      text += "  left ~" + clock(elapsedS / done * (total - done));
    }
    err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - text.length())));
    err.flush();
    shownWidth = text.length();
  }

  /** Clears the line, if anything was shown. */
  synchronized void finish() {
    if (shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
      shownWidth = 0;
    }
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
