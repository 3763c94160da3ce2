package org.outagesim.sim;

import org.outagesim.model.Failure;

/**
 * The result of one request attempt: when the client knows it, why it failed ({@code null} when it
 * succeeded), and the region it was sent to ({@code -1} when the name did not resolve).
 */
record Outcome(double endS, Failure failure, int region) implements RequestPath.Step {

  boolean ok() {
    return failure == null;
  }
}
