package org.outagesim.cli;

/** The process exit codes, stable for scripts. */
public final class ExitCode {

  /** Success. */
  public static final int OK = 0;

  /** A bug in outagesim; the stack trace is printed. */
  public static final int INTERNAL_ERROR = 1;

  /** Bad input: usage, an invalid or unreadable scenario, an unusable output folder. */
  public static final int BAD_INPUT = 2;

  /** A replication failed inside the model. */
  public static final int SIMULATION_FAILED = 3;

  private ExitCode() {}
}
