package org.outagesim.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.outagesim.experiment.ProgressListener;
import org.outagesim.experiment.ReplicationEngine;

/**
 * The factory of {@link SparkEngine}s on one running Spark context, registered as {@code spark}.
 */
public final class SparkEngines implements ReplicationEngine.Factory {

  /** The engine's name for {@code --engine} and the manifest. */
  public static final String NAME = "spark";

  private final JavaSparkContext spark;

  public SparkEngines(JavaSparkContext spark) {
    this.spark = spark;
  }

  @Override
  public ReplicationEngine open(int threads, ProgressListener listener, long startedNanos) {
    return new SparkEngine(spark, listener, startedNanos);
  }

  @Override
  public String name() {
    return NAME;
  }
}
