package org.outagesim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.outagesim.cli.Main;
import org.outagesim.experiment.Engines;

/**
 * The entry point for {@code spark-submit}: the same subcommands and options as the CLI, with
 * {@code spark} as the default engine of studies.
 *
 * <pre>
 * spark-submit --class org.outagesim.spark.SparkMain --master URL \
 *     target/outagesim-VERSION-spark.jar sweep FILE --out DIR
 * </pre>
 *
 * The master comes from {@code spark-submit} ({@code local[*]} when none is given); the Spark UI is
 * off unless {@code spark.ui.enabled=true} is set, and Spark logs warnings only.
 */
public final class SparkMain {

  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command on a new Spark context; returns the exit code. */
  public static int run(String[] args) {
    SparkConf conf = new SparkConf().setAppName("outagesim");
    conf.setIfMissing("spark.master", "local[*]");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.log.level", "WARN");
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      quiet(spark);
      return run(spark, args);
    }
  }

  /** Spark's own log at WARN, when its logging backend lets the level be set. */
  static void quiet(JavaSparkContext spark) {
    try {
      spark.setLogLevel("WARN");
    } catch (RuntimeException | LinkageError notLog4j) {
      // Another backend than log4j (such as the application's logback): its own configuration
      // decides.
    }
  }

  /** Runs one command with {@code spark} as the default engine on an existing context. */
  public static int run(JavaSparkContext spark, String[] args) {
    Engines.register(new SparkEngines(spark));
    Engines.setDefault(SparkEngines.NAME);
    try {
      return Main.execute(args, System.out, System.err);
    } finally {
      Engines.unregister(SparkEngines.NAME);
    }
  }
}
