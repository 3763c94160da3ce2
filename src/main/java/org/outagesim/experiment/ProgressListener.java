package org.outagesim.experiment;

/** Told as replications finish; called from worker threads, one call at a time. */
@FunctionalInterface
public interface ProgressListener {

  /**
   * One more replication has finished.
   *
   * @param done replications finished so far
   * @param total replications in the experiment
   * @param elapsedS wall-clock seconds since the experiment started
   */
  void replicationFinished(int done, int total, double elapsedS);

  ProgressListener NONE = (done, total, elapsedS) -> {};
}
