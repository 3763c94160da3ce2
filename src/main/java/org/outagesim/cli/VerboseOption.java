package org.outagesim.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces for every error, not only for internal ones. */
public final class VerboseOption {

  /** The option's name, looked up by {@link ErrorReporter}. */
  public static final String NAME = "--verbose";

  @Option(names = NAME, description = "Print stack traces for errors, not only for internal ones.")
  boolean verbose;
}
