package org.outagesim.report;

/** The requested output folder cannot be used (bad input: the user chose it). */
public class OutputFolderException extends Exception {
  public OutputFolderException(String message) {
    super(message);
  }
}
