package org.outagesim.report.html;

import java.util.List;

/**
 * What the sweep report says of common random numbers, derived from the table it sits beside: for
 * each difference row, the ratio of the paired half-width to the unpaired one. The pairing helps
 * where the ratio is well below 1 and hurts where it is above; a change that alters which random
 * draws happen (retry counts, error rates) can make the paired interval the wider one.
 */
final class PairedNote {
  /** Ratios within this factor of 1 count as "about the same". */
  private static final double SAME = 1.1;

  private PairedNote() {}

  /** The sentence for the given paired/unpaired ratios (rows without both half-widths left out). */
  static String of(List<Double> ratios) {
    List<Double> known = ratios.stream().filter(r -> Double.isFinite(r)).toList();
    if (known.isEmpty()) {
      return "No row has both a paired and an unpaired half-width to compare (too few replications).";
    }
    long narrower = known.stream().filter(r -> r < 1 / SAME).count();
    long wider = known.stream().filter(r -> r > SAME).count();
    long same = known.size() - narrower - wider;
    String range =
        "paired/unpaired "
            + NumberText.fixed(min(known), 2)
            + (known.size() > 1 ? " to " + NumberText.fixed(max(known), 2) : "");
    if (narrower == known.size()) {
      return "Here the paired interval is narrower than the unpaired one in every row ("
          + range
          + "): common random numbers removed noise shared by the points.";
    }
    if (wider == known.size()) {
      return "Here the paired interval is wider than the unpaired one in every row ("
          + range
          + "): the points do not draw the same random numbers in step (the varied key changes which draws "
          + "happen), so pairing does not help; read the unpaired interval.";
    }
    return "Here the paired interval is narrower in "
        + narrower
        + ", about the same in "
        + same
        + " and wider in "
        + wider
        + " of "
        + known.size()
        + " rows ("
        + range
        + "); where it is wider, read the unpaired interval.";
  }

  private static double min(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
