package org.outagesim.model;

/** What the region's internal resolver answered to one lookup. */
public enum LookupResult {
  /** An answer. */
  OK,
  /** An immediate error answer. */
  SERVFAIL,
  /** No answer: the asker waits for the resolver timeout. */
  TIMEOUT,
  /** An empty answer. */
  NXDOMAIN;

  public boolean failed() {
    return this != OK;
  }
}
