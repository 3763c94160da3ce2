package org.outagesim.sim;

import java.util.concurrent.CountDownLatch;
import nl.tudelft.simulation.dsol.experiment.Replication;
import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.Executable;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.LambdaSimEvent;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.model.DsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import org.djutils.event.EventProducer;

/**
 * A DSOL {@link DevsSimulator} that runs one replication to its end in a single blocking call.
 *
 * <p>DSOL runs events on a worker thread and returns at once from {@code start()}; an exception in
 * an event would pause that thread forever. This class waits on a latch released by the
 * end-of-replication event (added last, so DSOL's own statistics finish first), and turns an
 * event's exception into an {@link IllegalStateException} thrown in the caller. It schedules lambda
 * events whose {@code toString()} is constant, because DSOL builds that string for a trace log line
 * on every scheduling, which otherwise dominates the cost of an event (docs/architecture.md,
 * "Running DSOL headless"), and it uses the binary-heap event list, as the model never cancels
 * events.
 */
public final class BatchSimulator extends DevsSimulator<Double> {

  private static final long serialVersionUID = 1L;
  private static final short NORMAL = SimEventInterface.NORMAL_PRIORITY;

  private volatile Throwable failure;
  private long scheduled;
  private long sampledSizeSum;
  private long samples;
  private volatile CountDownLatch finished;

  public BatchSimulator(String id) {
    super(id);
    setEventList(new EventHeap());
  }

  /** Runs {@code model} from 0 to {@code horizonS}; blocks until the end or a failure. */
  public void runReplication(
      DsolModel<Double, DevsSimulatorInterface<Double>> model, String id, double horizonS)
      throws InterruptedException {
    failure = null;
    finished = new CountDownLatch(1);
    SingleReplication<Double> replication = new SingleReplication<>(id, 0.0, 0.0, horizonS);
    try {
      initialize(model, replication);
      addListener(
          e -> finished.countDown(),
          Replication.END_REPLICATION_EVENT,
          EventProducer.LAST_POSITION);
      start();
      finished.await();
    } finally {
      replication.removeFromContext();
      cleanUp();
    }
    if (failure != null) {
      throw new IllegalStateException(
          "model failed at t=" + getSimulatorTime() + " s: " + failure, failure);
    }
  }

  @Override
  protected void handleSimulationException(Exception exception) {
    failure = exception;
    cleanUp();
    finished.countDown();
  }

  @Override
  public SimEventInterface<Double> scheduleEventRel(
      Double delay, short priority, Executable executable) {
    return scheduleEvent(new QuietEvent(getSimulatorTime() + delay, priority, executable));
  }

  @Override
  public SimEventInterface<Double> scheduleEventAbs(
      Double time, short priority, Executable executable) {
    return scheduleEvent(new QuietEvent(time, priority, executable));
  }

  @Override
  public SimEventInterface<Double> scheduleEventNow(short priority, Executable executable) {
    return scheduleEvent(new QuietEvent(getSimulatorTime(), priority, executable));
  }

  /** Schedules {@code executable} at absolute time {@code t} with normal priority. */
  public void scheduleAt(double t, Executable executable) {
    if ((++scheduled & 63) == 0) {
      sampledSizeSum += eventList.size();
      samples++;
    }
    scheduleEvent(new QuietEvent(t, NORMAL, executable));
  }

  /** Mean number of pending events, sampled at every 64th scheduling; 0 before any sample. */
  public double meanPendingEvents() {
    return samples == 0 ? 0.0 : (double) sampledSizeSum / samples;
  }

  /**
   * A lambda event with a constant {@code toString()} and a cheap {@code compareTo}. DSOL's default
   * comparison first calls {@code equals} (which compares every field) and compares boxed times
   * twice; this one gives the same order — time, then higher priority first, then creation order —
   * on primitives.
   */
  static final class QuietEvent extends LambdaSimEvent<Double> {
    private static final long serialVersionUID = 1L;

    /** The execution time unboxed, so that comparisons in the event heap touch one object each. */
    private final double time;

    QuietEvent(double time, short priority, Executable executable) {
      super(time, priority, executable);
      this.time = time;
    }

    @Override
    public int compareTo(SimEventInterface<Double> other) {
      if (this == other) {
        return 0;
      }
      double a = time;
      double b = other instanceof QuietEvent q ? q.time : other.getAbsoluteExecutionTime();
      if (a != b) {
        return a < b ? -1 : 1;
      }
      if (priority != other.getPriority()) {
        return priority > other.getPriority() ? -1 : 1;
      }
      return Long.compare(id, other.getId());
    }

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id);
    }

    @Override
    public String toString() {
      return "event";
    }
  }
}
