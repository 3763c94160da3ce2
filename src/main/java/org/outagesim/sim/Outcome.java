package org.outagesim.sim;

import org.outagesim.model.Failure;

/**
 * The result of one request attempt: when the client knows it, why it failed (if it did), and the
 * region it was sent to ({@code -1} when the name did not resolve). One instance per tenant is
 * reused for every attempt, as attempts are handled one at a time.
 */
final class Outcome {
  double endS;
  Failure failure;
  int region;

  Outcome set(double end, Failure why, int where) {
    this.endS = end;
    this.failure = why;
    this.region = where;
    return this;
  }

  boolean ok() {
    return failure == null;
  }
}
