package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.junit.jupiter.api.Test;

/** The event list against java.util.PriorityQueue ordering the same events by their compareTo. */
class EventHeapTest {

  private static SimEventInterface<Double> event(double t, short priority) {
    return new BatchSimulator.QuietEvent(t, priority, () -> {});
  }

  @Test
  void removesInTheSameOrderAsAPriorityQueueUnderRandomOperations() {
    SplittableRandom rng = new SplittableRandom(42);
    EventHeap heap = new EventHeap();
    PriorityQueue<SimEventInterface<Double>> reference = new PriorityQueue<>();
    List<SimEventInterface<Double>> live = new ArrayList<>();
    for (int step = 0; step < 200_000; step++) {
      int op = rng.nextInt(10);
      if (op < 5) {
        // Few distinct times and priorities, so that ties are common.
        var e = event(rng.nextInt(500), (short) (4 + rng.nextInt(3)));
        heap.add(e);
        reference.add(e);
        live.add(e);
      } else if (op < 9) {
        var expected = reference.poll();
        assertSame(expected, heap.removeFirst());
        live.remove(expected);
      } else if (!live.isEmpty()) {
        var e = live.remove(rng.nextInt(live.size()));
        assertTrue(heap.remove(e));
        reference.remove(e);
        assertFalse(heap.contains(e));
      }
      assertEquals(reference.size(), heap.size());
      assertSame(reference.peek(), heap.first());
    }
    while (!reference.isEmpty()) {
      assertSame(reference.poll(), heap.removeFirst());
    }
    assertTrue(heap.isEmpty());
    assertNull(heap.removeFirst());
  }
}
