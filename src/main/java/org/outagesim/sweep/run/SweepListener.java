package org.outagesim.sweep.run;

/**
 * Told how a sweep progresses. Calls come one at a time; {@link #replicationFinished} from worker
 * threads, {@link #pointWritten} from the thread that called {@link SweepRunner#run}. An exception
 * thrown by a listener stops the sweep as a kill would, leaving {@code sweep.csv} resumable.
 */
public interface SweepListener {

  /**
   * One more replication has finished.
   *
   * @param done replications finished so far in this run (not counting rows read on resume)
   * @param started replications started so far; grows when precision-based stopping adds a round
   * @param elapsedS wall-clock seconds since the sweep started
   */
  default void replicationFinished(int done, int started, double elapsedS) {}

  /**
   * A block of rows is on disk: replications {@code from .. to - 1} of a point.
   *
   * @param resumed whether the rows were already in {@code sweep.csv} from an earlier run
   */
  default void pointWritten(int point, int from, int to, boolean resumed) {}

  /** Listens to nothing. */
  SweepListener NONE = new SweepListener() {};
}
