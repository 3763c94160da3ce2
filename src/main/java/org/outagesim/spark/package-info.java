/**
 * The Apache Spark engine of studies: replications run as Spark tasks, one per (point,
 * replication), and their kept rows come back to the driver, which writes the same files as the
 * local engine. {@link org.outagesim.spark.SparkMain} is the entry point for {@code spark-submit};
 * see docs/distributed.md.
 */
package org.outagesim.spark;
