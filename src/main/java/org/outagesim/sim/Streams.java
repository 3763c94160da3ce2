package org.outagesim.sim;

import java.nio.charset.StandardCharsets;
import nl.tudelft.simulation.dsol.experiment.StreamInformation;
import nl.tudelft.simulation.jstats.streams.MersenneTwister;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * Named random streams whose seeds depend only on (master seed, replication, stream name).
 *
 * <p>Each random process (one tenant's arrivals, its service times, ...) draws from its own stream,
 * so adding a tenant or a process does not change the numbers another one draws, and a
 * replication's results do not depend on the thread that runs it. The name is hashed with 64-bit
 * FNV-1a and mixed with the seed and replication by SplitMix64. DSOL's Mersenne Twister uses only
 * the low 31 bits of its seed, so the mixed value is folded to a positive 31-bit seed.
 */
public final class Streams {

  private final long masterSeed;
  private final int replication;
  private final StreamInformation registry;

  public Streams(long masterSeed, int replication) {
    this.masterSeed = masterSeed;
    this.replication = replication;
    this.registry = new StreamInformation(stream("default"));
  }

  /** Creates (or returns the registered) stream with this name. */
  public StreamInterface get(String name) {
    StreamInterface s = registry.getStreams().get(name);
    if (s == null) {
      s = stream(name);
      registry.addStream(name, s);
    }
    return s;
  }

  /** The DSOL registry holding every stream created so far. */
  public StreamInformation registry() {
    return registry;
  }

  /** The seed of stream {@code name} in this replication: positive, below 2^31. */
  public long seedOf(String name) {
    long h = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    long z = splitMix(splitMix(masterSeed) ^ splitMix(replication + 0x9E3779B97F4A7C15L) ^ h);
    long folded = (z ^ (z >>> 31) ^ (z >>> 62)) & 0x7fffffffL;
    return folded == 0 ? 1 : folded;
  }

  private StreamInterface stream(String name) {
    return new MersenneTwister(seedOf(name));
  }

  private static long splitMix(long x) {
    long z = x + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
