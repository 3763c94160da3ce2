package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import org.junit.jupiter.api.Test;

/** The blocking wrapper around DSOL's worker thread: order of events and failures. */
class BatchSimulatorTest {

  /** A model that only schedules what the test asks for. */
  private static final class Model
      extends AbstractDsolModel<Double, DevsSimulatorInterface<Double>> {
    private static final long serialVersionUID = 1L;
    private final transient Consumer<BatchSimulator> body;

    Model(BatchSimulator simulator, Consumer<BatchSimulator> body) {
      super(simulator);
      this.body = body;
    }

    @Override
    public void constructModel() {
      body.accept((BatchSimulator) getSimulator());
    }
  }

  private static void run(String id, double horizon, Consumer<BatchSimulator> body)
      throws InterruptedException {
    BatchSimulator simulator;
    Model model;
    synchronized (ReplicationRunner.CONSTRUCTION) {
      ReplicationRunner.prepareDsol();
      simulator = new BatchSimulator(id);
      model = new Model(simulator, body);
    }
    simulator.runReplication(model, id, horizon);
  }

  @Test
  void eventsRunInTimeOrderAndSimultaneousOnesInSchedulingOrder() throws Exception {
    List<String> seen = new ArrayList<>();
    run(
        "order",
        100,
        s -> {
          s.scheduleAt(5, () -> seen.add("b@5"));
          s.scheduleAt(1, () -> seen.add("a@1"));
          s.scheduleAt(5, () -> seen.add("c@5"));
          s.scheduleAt(200, () -> seen.add("after horizon"));
          s.scheduleAt(3, () -> s.scheduleAt(5, () -> seen.add("d@5")));
        });
    assertEquals(List.of("a@1", "b@5", "c@5", "d@5"), seen);
  }

  @Test
  void aModelExceptionFailsTheRunInsteadOfHanging() {
    IllegalStateException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                assertThrows(
                    IllegalStateException.class,
                    () ->
                        run(
                            "failing",
                            100,
                            s ->
                                s.scheduleAt(
                                    7,
                                    () -> {
                                      throw new ArithmeticException("boom");
                                    }))));
    assertTrue(e.getMessage().contains("t=7") && e.getMessage().contains("boom"), e.getMessage());
  }

  @Test
  void aFailedReplicationLeavesDsolUsableForTheNext() throws Exception {
    assertThrows(
        IllegalStateException.class,
        () ->
            run(
                "fail-first",
                10,
                s ->
                    s.scheduleAt(
                        1,
                        () -> {
                          throw new IllegalArgumentException("first");
                        })));
    List<Double> seen = new ArrayList<>();
    run("then-ok", 10, s -> s.scheduleAt(2, () -> seen.add(s.getSimulatorTime())));
    assertEquals(List.of(2.0), seen);
  }
}
