package org.outagesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.CircuitBreakerSpec;

/** The breaker's states, call by call, as Resilience4j's count-based breaker documents them. */
class CircuitBreakerTest {
  private static final CircuitBreakerSpec SPEC = new CircuitBreakerSpec(0.5, 10, 4, 60.0, 3);

  private static void call(CircuitBreaker b, double t, boolean failed) {
    assertTrue(b.allows(t), "call at " + t + " should be let through");
    b.record(t, failed);
  }

  @Test
  void itWaitsForTheMinimumCallsThenOpensAtTheFailureRate() {
    CircuitBreaker b = new CircuitBreaker(SPEC);
    call(b, 0, true);
    call(b, 1, true);
    call(b, 2, true);
    assertFalse(b.isOpen(2), "three calls are fewer than the minimum of four");
    call(b, 3, false);
    assertTrue(b.isOpen(3), "3 of 4 failed, 75% >= 50%");
    assertFalse(b.allows(62.9), "open for 60 s");
    assertEquals(1, b.timesOpened());
  }

  @Test
  void theWindowForgetsOldCalls() {
    CircuitBreaker b = new CircuitBreaker(SPEC);
    call(b, 0, true);
    for (int j = 0; j < 9; j++) {
      call(b, 0.5, false);
    }
    for (int i = 1; i <= 4; i++) {
      call(b, i, true);
    }
    // 14 calls, 5 failed (36%), but the window holds the last 10: 6 successes and 4 failures
    // (40% < 50%), the first failure having left it: still closed.
    assertFalse(b.isOpen(4));
    call(b, 5, true);
    assertTrue(b.isOpen(5), "now 5 of the last 10 failed");
  }

  @Test
  void halfOpenItClosesOnGoodTrialsAndReopensOnBadOnes() {
    CircuitBreaker b = new CircuitBreaker(SPEC);
    for (int i = 0; i < 4; i++) {
      call(b, i, true);
    }
    assertTrue(b.isOpen(3));
    // Half open after 60 s: three trials, two failing (67% >= 50%): open again from the last.
    call(b, 63, true);
    call(b, 63.1, false);
    assertFalse(b.allows(63.15) && b.isOpen(63.15));
    call(b, 63.2, true);
    assertTrue(b.isOpen(63.2));
    assertFalse(b.allows(123.1), "open again until 123.2");
    // Next trials succeed: closed, with an empty window (one failure does not reopen it).
    call(b, 124, false);
    call(b, 124, false);
    call(b, 124, true);
    assertFalse(b.isOpen(124));
    call(b, 125, true);
    assertFalse(b.isOpen(125), "one failure in an empty window is below the minimum");
    assertEquals(2, b.timesOpened());
  }

  @Test
  void halfOpenItLetsOnlyItsTrialCallsThrough() {
    CircuitBreaker b = new CircuitBreaker(new CircuitBreakerSpec(0.5, 10, 1, 10.0, 2));
    call(b, 0, true);
    assertTrue(b.allows(10));
    assertTrue(b.allows(10), "asking again without a call uses no trial");
    b.record(10, false);
    assertTrue(b.allows(10.1));
  }
}
