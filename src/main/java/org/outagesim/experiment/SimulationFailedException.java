package org.outagesim.experiment;

/** A replication failed inside the model: a bug or an impossible state, never bad input. */
public class SimulationFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int replication;

  public SimulationFailedException(int replication, Throwable cause) {
    super("replication " + replication + " failed: " + cause.getMessage(), cause);
    this.replication = replication;
  }

  public int replication() {
    return replication;
  }
}
