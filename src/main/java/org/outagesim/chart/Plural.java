package org.outagesim.chart;

/** A replication count in words: "1 replication", "5 replications". */
final class Plural {

  private Plural() {}

  static String replications(long n) {
    return n + (n == 1 ? " replication" : " replications");
  }
}
