package org.outagesim.stats;

/**
 * Per-minute counts of one tenant in one replication. Minute {@code m} covers simulation time
 * {@code [60 m, 60 (m + 1))}; a request counts in the minute its final outcome is known.
 */
public final class MinuteSeries implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The counted quantities, in the column order of {@code timeseries.csv}. */
  public enum Series {
    REQUESTS("requests"),
    FAILURES("failures"),
    FAILED_PUBLIC_DNS("failed_public_dns"),
    FAILED_INTERNAL_DNS("failed_internal_dns"),
    FAILED_UNREACHABLE("failed_unreachable"),
    FAILED_OVERLOAD("failed_overload"),
    TRANSACTIONS_COMPLETED("transactions_completed"),
    TRANSACTIONS_LOST("transactions_lost");

    private final String column;

    Series(String column) {
      this.column = column;
    }

    public String column() {
      return column;
    }
  }

  private static final int SERIES = Series.values().length;

  private final int minutes;
  private final long[] counts;

  public MinuteSeries(int minutes) {
    this.minutes = minutes;
    this.counts = new long[minutes * SERIES];
  }

  public int minutes() {
    return minutes;
  }

  /**
   * Adds one to {@code series} in the minute containing time {@code t} (clamped to the horizon).
   */
  public void increment(Series series, double t) {
    int m = Math.min(minutes - 1, Math.max(0, (int) (t / 60.0)));
    counts[m * SERIES + column(series)]++;
  }

  public long get(Series series, int minute) {
    return counts[minute * SERIES + column(series)];
  }

  // counts is one flat array indexed by ordinal on purpose: incremented for every request outcome.
  @SuppressWarnings("EnumOrdinal")
  private static int column(Series series) {
    return series.ordinal();
  }
}
