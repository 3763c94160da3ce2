package org.outagesim.stats;

import org.HdrHistogram.Histogram;

/** Latency metrics read from a histogram of microseconds. */
public final class LatencyStats {

  private LatencyStats() {}

  /** A fresh histogram for latencies up to one day with three significant digits. */
  public static Histogram newHistogram() {
    return new Histogram(86_400_000_000L, 3);
  }

  /** The value of a latency metric in milliseconds; {@code NaN} when nothing was recorded. */
  public static double of(Histogram h, Metric m) {
    if (h.getTotalCount() == 0) {
      return Double.NaN;
    }
    return switch (m) {
      case LATENCY_MEAN_MS -> h.getMean() / 1000.0;
      case LATENCY_P50_MS -> h.getValueAtPercentile(50.0) / 1000.0;
      case LATENCY_P99_MS -> h.getValueAtPercentile(99.0) / 1000.0;
      default -> throw new IllegalArgumentException(m + " is not a latency metric");
    };
  }
}
