package org.outagesim.sim;

import nl.tudelft.simulation.jstats.distributions.DistConstant;
import nl.tudelft.simulation.jstats.distributions.DistContinuous;
import nl.tudelft.simulation.jstats.distributions.DistExponential;
import nl.tudelft.simulation.jstats.distributions.DistLogNormal;
import nl.tudelft.simulation.jstats.distributions.DistUniform;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * One tenant's random streams, one per process, named {@code tenant/<id>/<process>}.
 *
 * <p>Processes: {@code arrivals} (session arrival times), {@code resolver-choice} (the recursive
 * resolver a session uses), {@code intent} (whether a session means to buy), {@code think-time}
 * (pauses between pages), {@code returns} (whether a user who gave up comes back), {@code service}
 * (service times), {@code instances} (the app instance a request lands on), {@code internal-dns}
 * (region-resolver failures), {@code public-dns} (resolver pins and provider failures), {@code
 * routing} (unreachable endpoints), {@code retries} (backoff jitter), {@code failover} (manual
 * failover delays), {@code warm} (cache phases at time 0). Each process draws from its own stream,
 * so that changing how often one of them draws (more pages, another return probability) leaves the
 * draws of the others, and so common random numbers, in step.
 */
final class TenantStreams {
  private final StreamInterface arrivals;
  private final StreamInterface resolverChoice;
  private final StreamInterface intent;
  private final StreamInterface returns;
  private final StreamInterface instances;
  private final StreamInterface internalDns;
  private final StreamInterface retries;
  private final StreamInterface warm;
  private final StreamInterface publicDns;
  private final StreamInterface routing;
  private final StreamInterface failover;
  private final DistContinuous serviceTime;
  private final DistExponential thinkTime;
  private final Streams streams;
  private final String prefix;

  TenantStreams(Streams streams, TenantSpec tenant) {
    String p = "tenant/" + tenant.id() + "/";
    this.streams = streams;
    this.prefix = p;
    this.arrivals = streams.get(p + "arrivals");
    this.resolverChoice = streams.get(p + "resolver-choice");
    this.intent = streams.get(p + "intent");
    this.returns = streams.get(p + "returns");
    this.instances = streams.get(p + "instances");
    this.internalDns = streams.get(p + "internal-dns");
    this.retries = streams.get(p + "retries");
    this.warm = streams.get(p + "warm");
    this.publicDns = streams.get(p + "public-dns");
    this.routing = streams.get(p + "routing");
    this.failover = streams.get(p + "failover");
    this.serviceTime = distribution(streams.get(p + "service"), tenant.capacity().serviceTime());
    double think = tenant.session().thinkTimeS();
    this.thinkTime = think > 0 ? new DistExponential(streams.get(p + "think-time"), think) : null;
  }

  /**
   * The stream of the instance replacement in region {@code region} (check phases and the draws of
   * the checks' lookups), created only for tenants that replace instances.
   */
  StreamInterface replacement(int region) {
    return streams.get(prefix + "replacement/" + region);
  }

  StreamInterface arrivals() {
    return arrivals;
  }

  StreamInterface resolverChoice() {
    return resolverChoice;
  }

  StreamInterface intent() {
    return intent;
  }

  StreamInterface returns() {
    return returns;
  }

  StreamInterface instances() {
    return instances;
  }

  StreamInterface internalDns() {
    return internalDns;
  }

  StreamInterface retries() {
    return retries;
  }

  StreamInterface publicDns() {
    return publicDns;
  }

  StreamInterface routing() {
    return routing;
  }

  StreamInterface failover() {
    return failover;
  }

  DistContinuous serviceTime() {
    return serviceTime;
  }

  /** An exponential think time, or 0 when the mean is 0. */
  double thinkTime() {
    return thinkTime == null ? 0.0 : thinkTime.draw();
  }

  /** Expiry times of {@code n} cache entries that are warm at time 0: uniform over the TTL. */
  double[] warmExpiries(int n, double ttlS) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = warm.nextDouble() * ttlS;
    }
    return out;
  }

  static DistContinuous distribution(StreamInterface stream, DelaySpec spec) {
    if (spec instanceof DelaySpec.Constant c) {
      return new DistConstant(stream, c.meanS());
    }
    if (spec instanceof DelaySpec.Uniform u) {
      return new DistUniform(stream, u.minS(), u.maxS());
    }
    if (spec instanceof DelaySpec.LogNormal l) {
      return logNormal(stream, l.meanS(), l.cv());
    }
    return new DistExponential(stream, spec.meanS());
  }

  private static DistContinuous logNormal(StreamInterface stream, double mean, double cv) {
    double sigma2 = Math.log(1.0 + cv * cv);
    return new DistLogNormal(stream, Math.log(mean) - sigma2 / 2.0, Math.sqrt(sigma2));
  }
}
