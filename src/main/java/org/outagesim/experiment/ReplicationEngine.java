package org.outagesim.experiment;

import java.io.Serializable;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.stats.ReplicationResult;

/**
 * Where replications run: the local {@link ReplicationPool} (the default) or a cluster. A
 * replication's random numbers depend only on the scenario's seed and the replication index, so
 * every engine gives the same results; callers collect them by index.
 */
public interface ReplicationEngine extends AutoCloseable {

  /**
   * What a study keeps of a replication's result, computed where the replication ran (so that only
   * the kept part travels); serializable, for engines that ship it to other machines.
   *
   * @param <T> what is kept
   */
  @FunctionalInterface
  interface Keep<T> extends Function<ReplicationResult, T>, Serializable {}

  /**
   * Starts replication {@code index} of {@code scenario}; the future gives what {@code keep} makes
   * of its result, or fails with the model's exception.
   */
  <T extends Serializable> Future<T> submit(ScenarioSpec scenario, int index, Keep<T> keep);

  /** Stops the engine's workers; futures not yet done may never complete. */
  @Override
  void close();

  /**
   * Opens an engine with {@code threads} workers (a local engine; a cluster has its own), telling
   * {@code listener} of each finished replication.
   */
  @FunctionalInterface
  interface Factory {
    ReplicationEngine open(int threads, ProgressListener listener, long startedNanos);

    /** The engine's name in the manifest and for {@code --engine}. */
    default String name() {
      return "local";
    }
  }
}
