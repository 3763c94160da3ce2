package org.outagesim.cli;

import org.outagesim.experiment.Engines;
import org.outagesim.experiment.ReplicationEngine;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --engine NAME}: where a study's replications run. */
final class EngineOption {

  @Option(
      names = "--engine",
      paramLabel = "NAME",
      description =
          "Where the replications run: local (the thread pool; the default) or spark (when"
              + " started by spark-submit with org.outagesim.spark.SparkMain).")
  String engine;

  /** The chosen engine; a usage error (exit 2) when it is unknown or not available here. */
  ReplicationEngine.Factory factory(CommandLine cmd) {
    String name = engine == null ? Engines.defaultName() : engine.strip();
    ReplicationEngine.Factory f = Engines.get(name);
    if (f != null) {
      return f;
    }
    if (name.equals("spark")) {
      throw new ParameterException(
          cmd,
          "--engine spark runs under spark-submit: spark-submit --class"
              + " org.outagesim.spark.SparkMain --master URL target/outagesim-VERSION-spark.jar"
              + " COMMAND ... (docs/distributed.md)");
    }
    throw new ParameterException(cmd, "--engine: expected local or spark, got '" + name + "'");
  }
}
