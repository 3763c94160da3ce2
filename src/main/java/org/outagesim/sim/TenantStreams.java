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
 * <p>Processes: {@code arrivals} (session arrival times), {@code sessions} (intent, resolver
 * choice, think times, return decisions), {@code service} (service times), {@code internal-dns}
 * (app instance choice, resolver failures), {@code retries} (backoff jitter), {@code warm}
 * (cache phases at time 0).
 */
final class TenantStreams {
  private final StreamInterface arrivals;
  private final StreamInterface sessions;
  private final StreamInterface internalDns;
  private final StreamInterface retries;
  private final StreamInterface warm;
  private final StreamInterface publicDns;
  private final StreamInterface routing;
  private final StreamInterface failover;
  private final DistContinuous serviceTime;
  private final DistExponential thinkTime;

  TenantStreams(Streams streams, TenantSpec tenant) {
    String p = "tenant/" + tenant.id() + "/";
    this.arrivals = streams.get(p + "arrivals");
    this.sessions = streams.get(p + "sessions");
    this.internalDns = streams.get(p + "internal-dns");
    this.retries = streams.get(p + "retries");
    this.warm = streams.get(p + "warm");
    this.publicDns = streams.get(p + "public-dns");
    this.routing = streams.get(p + "routing");
    this.failover = streams.get(p + "failover");
    this.serviceTime = distribution(streams.get(p + "service"), tenant.capacity().serviceTime());
    double think = tenant.session().thinkTimeS();
    this.thinkTime = think > 0 ? new DistExponential(sessions, think) : null;
  }

  StreamInterface arrivals() {
    return arrivals;
  }

  StreamInterface sessions() {
    return sessions;
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
