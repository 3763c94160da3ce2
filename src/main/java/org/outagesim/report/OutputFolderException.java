package org.outagesim.report;

/** The requested output folder cannot be used (bad input: the user chose it). */
public class OutputFolderException extends Exception {
  private static final long serialVersionUID = 1L;

  public OutputFolderException(String message) {
    super(message);
  }
}
