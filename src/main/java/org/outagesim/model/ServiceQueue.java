package org.outagesim.model;

/**
 * A multi-server FIFO queue whose outcome is known when a request arrives.
 *
 * <p>With first-come-first-served order and requests offered in time order, a request starts on the
 * server that frees up first, so its start time is {@code max(now, earliest free time)} and start
 * times never decrease. The queue therefore needs no events of its own: it keeps the servers' free
 * times in a binary min-heap and the start times of waiting requests in a ring buffer. A request
 * that would still be waiting when its client gives up never occupies a server (the server drops
 * requests whose connection is gone); one that starts in time occupies its server for its whole
 * service, even if the client has stopped waiting (wasted work).
 *
 * <p>The number of servers may change ({@link #setServers}): lost servers finish what they have
 * started or been promised and then take no new work; added servers take work from the moment they
 * are added. Requests already admitted keep the start times they were given.
 */
public final class ServiceQueue {

  private final double[] freeAt;
  private final int queueLimit;
  private int active;
  private double[] waiting = new double[64];
  private int waitHead;
  private int waitSize;
  private double clock = Double.NEGATIVE_INFINITY;

  /**
   * @param servers number of servers, at least 1
   * @param queueLimit requests that may wait; an arrival finding this many waiting is rejected
   */
  public ServiceQueue(int servers, int queueLimit) {
    this.freeAt = new double[servers];
    this.queueLimit = queueLimit;
    this.active = servers;
  }

  /** Servers taking new work. */
  public int servers() {
    return active;
  }

  /**
   * From {@code now} on, {@code servers} servers (at most the count given at construction) take new
   * work. Removed ones are those busy longest; added ones become free at {@code now} at the
   * earliest.
   */
  public void setServers(double now, int servers) {
    int k = Math.max(0, Math.min(servers, freeAt.length));
    for (int i = active; i < k; i++) {
      freeAt[i] = Math.max(freeAt[i], now);
    }
    // A sorted array is a valid min-heap; the busiest servers end up beyond the active ones.
    java.util.Arrays.sort(freeAt, 0, Math.max(active, k));
    active = k;
  }

  /**
   * The time a request arriving at {@code now} would start service, or {@code NaN} when the queue
   * is full. Call {@link #occupy(double, double, double)} to commit it.
   *
   * @throws IllegalArgumentException when {@code now} lies before an earlier arrival: requests must
   *     be offered in time order
   */
  public double startTime(double now) {
    if (now < clock) {
      throw new IllegalArgumentException(
          "request offered at " + now + " s after one offered at " + clock + " s");
    }
    clock = now;
    while (waitSize > 0 && waiting[waitHead] <= now) {
      waitHead = (waitHead + 1) % waiting.length;
      waitSize--;
    }
    double start = active == 0 ? Double.POSITIVE_INFINITY : Math.max(now, freeAt[0]);
    if (start > now && waitSize >= queueLimit) {
      return Double.NaN;
    }
    return start;
  }

  /**
   * Occupies the earliest-free server from {@code start} for {@code busyS} seconds.
   *
   * @param now arrival time of the request
   * @param start its start time, as returned by {@link #startTime(double)}
   * @param busyS how long it holds the server
   */
  public void occupy(double now, double start, double busyS) {
    if (start > now) {
      pushWaiting(start);
    }
    freeAt[0] = start + busyS;
    siftDown();
  }

  /** Requests admitted but not yet started at the last call of {@link #startTime(double)}. */
  public int waiting() {
    return waitSize;
  }

  private void pushWaiting(double start) {
    if (waitSize == waiting.length) {
      double[] bigger = new double[waiting.length * 2];
      for (int i = 0; i < waitSize; i++) {
        bigger[i] = waiting[(waitHead + i) % waiting.length];
      }
      waiting = bigger;
      waitHead = 0;
    }
    waiting[(waitHead + waitSize) % waiting.length] = start;
    waitSize++;
  }

  private void siftDown() {
    int n = active;
    int i = 0;
    double v = freeAt[0];
    while (true) {
      int c = 2 * i + 1;
      if (c >= n) {
        break;
      }
      if (c + 1 < n && freeAt[c + 1] < freeAt[c]) {
        c++;
      }
      if (freeAt[c] >= v) {
        break;
      }
      freeAt[i] = freeAt[c];
      i = c;
    }
    freeAt[i] = v;
  }
}
