package org.outagesim.model.spec;

/** How a failing resolver answers a lookup. */
public enum DnsFailureMode {
  /** An immediate error answer (SERVFAIL). */
  SERVFAIL,
  /** No answer: the client gives up after the resolver timeout. */
  TIMEOUT,
  /** An empty answer that the resolver caches for the fault's negative TTL. */
  NXDOMAIN
}
