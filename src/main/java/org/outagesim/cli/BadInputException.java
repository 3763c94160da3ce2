package org.outagesim.cli;

/** The user's input cannot be used; the message says what and where. Exit code 2. */
public class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
