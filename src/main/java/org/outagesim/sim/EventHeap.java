package org.outagesim.sim;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * DSOL's event list as a 4-ary min-heap whose keys live in primitive arrays beside the events:
 * execution time ascending, then priority descending, then the event's id (creation order), the
 * same order as DSOL's own lists. With tens of thousands of pending events (sessions thinking
 * between pages) a heap of event objects spends most of its time fetching each object to read its
 * time; here a comparison reads two doubles from one array, and a 4-ary heap halves the depth. Only
 * the simulator's thread touches it.
 */
final class EventHeap implements EventListInterface<Double> {
  private static final int ARITY = 4;

  private double[] time = new double[1024];
  private short[] priority = new short[1024];
  private long[] id = new long[1024];
  private SimEventInterface<Double>[] event = newArray(1024);
  private int size;

  @SuppressWarnings("unchecked")
  private static SimEventInterface<Double>[] newArray(int n) {
    return (SimEventInterface<Double>[]) new SimEventInterface<?>[n];
  }

  @Override
  public void add(SimEventInterface<Double> e) {
    if (size == time.length) {
      grow();
    }
    siftUp(size++, e.getAbsoluteExecutionTime(), e.getPriority(), e.getId(), e);
  }

  @Override
  public SimEventInterface<Double> first() {
    return size == 0 ? null : event[0];
  }

  @Override
  public SimEventInterface<Double> removeFirst() {
    if (size == 0) {
      return null;
    }
    SimEventInterface<Double> head = event[0];
    removeAt(0);
    return head;
  }

  @Override
  public boolean remove(SimEventInterface<Double> e) {
    for (int i = 0; i < size; i++) {
      if (event[i] == e) {
        removeAt(i);
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean contains(SimEventInterface<Double> e) {
    for (int i = 0; i < size; i++) {
      if (event[i] == e) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void clear() {
    Arrays.fill(event, 0, size, null);
    size = 0;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public int size() {
    return size;
  }

  /** The pending events in no particular order. */
  @Override
  public Iterator<SimEventInterface<Double>> iterator() {
    return List.of(Arrays.copyOf(event, size)).iterator();
  }

  private void removeAt(int i) {
    int last = --size;
    double t = time[last];
    short p = priority[last];
    long n = id[last];
    SimEventInterface<Double> e = event[last];
    event[last] = null;
    if (i == last) {
      return;
    }
    int at = siftDown(i, t, p, n);
    place(at, t, p, n, e);
    if (at == i) {
      siftUp(i, t, p, n, e);
    }
  }

  private static boolean before(double t1, short p1, long n1, double t2, short p2, long n2) {
    if (t1 != t2) {
      return t1 < t2;
    }
    if (p1 != p2) {
      return p1 > p2;
    }
    return n1 < n2;
  }

  private void siftUp(int i, double t, short p, long n, SimEventInterface<Double> e) {
    while (i > 0) {
      int parent = (i - 1) / ARITY;
      if (!before(t, p, n, time[parent], priority[parent], id[parent])) {
        break;
      }
      place(i, time[parent], priority[parent], id[parent], event[parent]);
      i = parent;
    }
    place(i, t, p, n, e);
  }

  /** Moves smaller children up from {@code i}; returns where the key (t, p, n) belongs. */
  private int siftDown(int i, double t, short p, long n) {
    while (true) {
      int first = ARITY * i + 1;
      if (first >= size) {
        return i;
      }
      int best = first;
      int end = Math.min(first + ARITY, size);
      for (int c = first + 1; c < end; c++) {
        if (before(time[c], priority[c], id[c], time[best], priority[best], id[best])) {
          best = c;
        }
      }
      if (!before(time[best], priority[best], id[best], t, p, n)) {
        return i;
      }
      place(i, time[best], priority[best], id[best], event[best]);
      i = best;
    }
  }

  private void place(int i, double t, short p, long n, SimEventInterface<Double> e) {
    time[i] = t;
    priority[i] = p;
    id[i] = n;
    event[i] = e;
  }

  private void grow() {
    int n = time.length * 2;
    time = Arrays.copyOf(time, n);
    priority = Arrays.copyOf(priority, n);
    id = Arrays.copyOf(id, n);
    event = Arrays.copyOf(event, n);
  }
}
