package org.outagesim.model;

import org.outagesim.model.spec.CircuitBreakerSpec;

/**
 * One app instance's count-based circuit breaker on its dependency calls, as Resilience4j's {@code
 * CircuitBreaker} behaves ({@link CircuitBreakerSpec}): closed, it records the outcome of the last
 * {@code window} calls and opens when at least {@code minimumCalls} are recorded and the share of
 * failures among them reaches {@code failureRate}; open, it refuses every call until {@code
 * openFor} has passed; then, half open, it lets {@code halfOpenCalls} calls through and opens again
 * if their failure share reaches {@code failureRate}, otherwise closes with an empty window.
 *
 * <p>Calls are asked ({@link #allows}) and recorded ({@link #record}) in pairs, in the order the
 * simulation makes them.
 */
public final class CircuitBreaker {

  private enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final CircuitBreakerSpec spec;
  private final boolean[] window;
  private State state = State.CLOSED;
  private int recorded;
  private int next;
  private int failures;
  private double openUntil;
  private int trials;
  private int trialFailures;
  private long opened;

  public CircuitBreaker(CircuitBreakerSpec spec) {
    this.spec = spec;
    this.window = new boolean[spec.window()];
  }

  /** Whether a call at {@code t} may go ahead; an open breaker past its wait turns half open. */
  public boolean allows(double t) {
    if (state == State.OPEN) {
      if (t < openUntil) {
        return false;
      }
      state = State.HALF_OPEN;
      trials = 0;
      trialFailures = 0;
    }
    return state == State.CLOSED || trials < spec.halfOpenCalls();
  }

  /** Records the outcome of a call at {@code t} that {@link #allows} let through. */
  public void record(double t, boolean failed) {
    if (state == State.HALF_OPEN) {
      trials++;
      trialFailures += failed ? 1 : 0;
      if (trials >= spec.halfOpenCalls()) {
        if ((double) trialFailures / trials >= spec.failureRate()) {
          open(t);
        } else {
          close();
        }
      }
      return;
    }
    if (state != State.CLOSED) {
      return;
    }
    if (recorded == window.length) {
      failures -= window[next] ? 1 : 0;
    } else {
      recorded++;
    }
    window[next] = failed;
    failures += failed ? 1 : 0;
    next = (next + 1) % window.length;
    if (recorded >= spec.minimumCalls() && (double) failures / recorded >= spec.failureRate()) {
      open(t);
    }
  }

  /** Whether the breaker refuses calls at {@code t} (open and still waiting). */
  public boolean isOpen(double t) {
    return state == State.OPEN && t < openUntil;
  }

  /** How often it has opened. */
  public long timesOpened() {
    return opened;
  }

  /** Back to closed with an empty window, as in a freshly started instance. */
  public void reset() {
    close();
  }

  private void open(double t) {
    state = State.OPEN;
    openUntil = t + spec.openForS();
    opened++;
  }

  private void close() {
    state = State.CLOSED;
    recorded = 0;
    next = 0;
    failures = 0;
    java.util.Arrays.fill(window, false);
  }
}
