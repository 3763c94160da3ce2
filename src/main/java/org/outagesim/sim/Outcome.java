package org.outagesim.sim;

import org.outagesim.model.Failure;

/**
 * The result of one request attempt: when the client knows it, and why it failed (if it did).
 * One instance per tenant is reused for every attempt, as attempts are handled one at a time.
 */
final class Outcome {
  double endS;
  Failure failure;

  Outcome set(double end, Failure why) {
    this.endS = end;
    this.failure = why;
    return this;
  }

  boolean ok() {
    return failure == null;
  }
}
