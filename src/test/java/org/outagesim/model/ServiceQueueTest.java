package org.outagesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServiceQueueTest {

  @Test
  void requestsStartOnTheServerThatFreesFirst() {
    ServiceQueue q = new ServiceQueue(2, 10);
    q.occupy(0.0, q.startTime(0.0), 5.0); // server A busy until 5
    q.occupy(1.0, q.startTime(1.0), 2.0); // server B busy until 3
    assertEquals(3.0, q.startTime(2.0)); // waits for B
    q.occupy(2.0, 3.0, 4.0); // B busy until 7
    assertEquals(5.0, q.startTime(2.5)); // then A
  }

  @Test
  void arrivalsFindingAFullQueueAreRejected() {
    ServiceQueue q = new ServiceQueue(1, 1);
    q.occupy(0.0, q.startTime(0.0), 10.0);
    double s = q.startTime(1.0);
    assertEquals(10.0, s);
    q.occupy(1.0, s, 10.0);
    assertTrue(Double.isNaN(q.startTime(2.0)), "one waiting request fills a queue of 1");
    assertEquals(20.0, q.startTime(10.0), "the waiting request started at 10, freeing the queue");
  }

  @Test
  void anIdleServerStartsAtOnce() {
    ServiceQueue q = new ServiceQueue(3, 0);
    assertEquals(4.0, q.startTime(4.0));
  }

  @Test
  void removedServersTakeNoNewWorkAndAddedOnesStartFreeNow() {
    ServiceQueue q = new ServiceQueue(3, 100);
    q.occupy(0, 0, 10);
    q.occupy(0, 0, 5);
    q.setServers(1, 1);
    assertEquals(1, q.servers());
    // The two busy servers are removed; the idle one remains.
    assertEquals(2.0, q.startTime(2), 1e-12);
    q.occupy(2, 2, 1);
    assertEquals(3.0, q.startTime(2), 1e-12);
    q.setServers(3, 0);
    assertEquals(Double.POSITIVE_INFINITY, q.startTime(4));
    q.setServers(7, 2);
    // Two servers back at 7 (their earlier work, until 3 and 5, is done by then).
    assertEquals(7.0, q.startTime(7), 1e-12);
    q.occupy(7, 7, 20);
    assertEquals(7.0, q.startTime(7), 1e-12);
    q.occupy(7, 7, 20);
    assertEquals(27.0, q.startTime(7), 1e-12);
  }

  @Test
  void requestsMustBeOfferedInTimeOrder() {
    ServiceQueue q = new ServiceQueue(1, 10);
    q.occupy(5.0, q.startTime(5.0), 1.0);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> q.startTime(4.0));
    assertTrue(e.getMessage().contains("4.0 s after one offered at 5.0 s"), e.getMessage());
  }
}
