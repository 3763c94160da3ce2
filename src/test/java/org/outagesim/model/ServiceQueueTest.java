package org.outagesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServiceQueueTest {

  @Test
  void requestsStartOnTheServerThatFreesFirst() {
    ServiceQueue q = new ServiceQueue(2, 10);
    q.occupy(0.0, q.startTime(0.0), 5.0);   // server A busy until 5
    q.occupy(1.0, q.startTime(1.0), 2.0);   // server B busy until 3
    assertEquals(3.0, q.startTime(2.0));     // waits for B
    q.occupy(2.0, 3.0, 4.0);                 // B busy until 7
    assertEquals(5.0, q.startTime(2.5));     // then A
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
}
