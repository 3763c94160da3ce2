package org.outagesim.model;

/** Why a request failed, as the user would classify it. */
public enum Failure {
  /** The tenant's name could not be resolved on the public path. */
  PUBLIC_DNS,
  /** A lookup through the region's internal resolver failed while serving the request (a 5xx). */
  INTERNAL_DNS,
  /** The region was unreachable: the client waited for its timeout. */
  UNREACHABLE,
  /** The queue was full, or the response would not arrive within the client timeout. */
  OVERLOAD
}
