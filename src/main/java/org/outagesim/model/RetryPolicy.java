package org.outagesim.model;

/**
 * Exponential backoff with full jitter: before automatic retry {@code n} (from 0) the client waits
 * a uniform time in {@code [0, min(cap, base * 2^n)]} (the AWS SDKs' default scheme).
 */
public final class RetryPolicy {

  private final double baseS;
  private final double capS;

  public RetryPolicy(double baseS, double capS) {
    this.baseS = baseS;
    this.capS = capS;
  }

  /** The wait before retry {@code n} given a uniform draw {@code u} in [0, 1). */
  public double backoff(int n, double u) {
    double window = Math.min(capS, baseS * Math.pow(2.0, Math.min(n, 62)));
    return u * window;
  }
}
