package org.outagesim.model.spec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * An assumption given as a range: a scenario path (as for {@code --set}) and the distribution of
 * its value. The value written in the scenario body stays the base case; {@code run --uncertainty}
 * and {@code sensitivity} put values drawn from the distribution at the path.
 *
 * @param path the scenario path, e.g. {@code tenants[*].user.returnProbability}
 * @param distribution what values the path may take
 */
public record UncertainSpec(String path, Distribution distribution)
    implements java.io.Serializable {

  /**
   * Lognormal values are kept between this quantile and its mirror (a probability below it is taken
   * as it), so that every value is finite and can be checked against the key's range when the
   * scenario is loaded.
   */
  public static final double LOGNORMAL_TAIL = 0.0005;

  /** The 95% point of the standard normal distribution, 1.6449: lognormal p5/p95 give σ. */
  private static final double Z95 = 1.6448536269514722;

  /** What values an uncertain path may take, and the value at a probability. */
  public sealed interface Distribution extends java.io.Serializable permits Numeric, Choice {

    /**
     * The value at cumulative probability {@code p} in [0, 1), as override text in the scenario's
     * syntax ({@code 0.35}, {@code 42.5s}, {@code servfail}).
     */
    String valueAt(double p);

    /**
     * The values at the two ends of the range that can be drawn (every choice, for a choice), so
     * that the loader can check each against the key's valid range.
     */
    List<String> extremes();

    /** Its name in the scenario file. */
    String name();
  }

  /**
   * A distribution of numbers or durations, with the lowest and highest value it can give (seconds
   * for durations).
   */
  public sealed interface Numeric extends Distribution permits Uniform, Triangular, LogNormal {
    /** The lowest value drawn. */
    double lowest();

    /** The highest value drawn. */
    double highest();
  }

  /**
   * Uniform on {@code [min, max]}.
   *
   * @param min lower end (seconds when {@code duration})
   * @param max upper end, above {@code min}
   * @param duration whether the values are durations, written in seconds
   */
  public record Uniform(double min, double max, boolean duration) implements Numeric {
    @Override
    public double lowest() {
      return min;
    }

    @Override
    public double highest() {
      return max;
    }

    @Override
    public String valueAt(double p) {
      return text(quantile(new UniformRealDistribution(null, min, max), p), max - min, duration);
    }

    @Override
    public List<String> extremes() {
      return List.of(text(min, max - min, duration), text(max, max - min, duration));
    }

    @Override
    public String name() {
      return "uniform";
    }
  }

  /**
   * Triangular on {@code [min, max]} with its peak at {@code mode}.
   *
   * @param min lower end
   * @param mode the most likely value, in {@code [min, max]}
   * @param max upper end, above {@code min}
   * @param duration whether the values are durations, written in seconds
   */
  public record Triangular(double min, double mode, double max, boolean duration)
      implements Numeric {
    @Override
    public double lowest() {
      return min;
    }

    @Override
    public double highest() {
      return max;
    }

    @Override
    public String valueAt(double p) {
      return text(
          quantile(new TriangularDistribution(null, min, mode, max), p), max - min, duration);
    }

    @Override
    public List<String> extremes() {
      return List.of(text(min, max - min, duration), text(max, max - min, duration));
    }

    @Override
    public String name() {
      return "triangular";
    }
  }

  /**
   * Lognormal with the given 5th and 95th percentiles: μ = (ln p5 + ln p95) / 2, σ = (ln p95 − ln
   * p5) / (2 × 1.6449); values are kept between its {@value #LOGNORMAL_TAIL} and 1 − {@value
   * #LOGNORMAL_TAIL} quantiles.
   *
   * @param p5 the 5th percentile, above 0
   * @param p95 the 95th percentile, above {@code p5}
   * @param duration whether the values are durations, written in seconds
   */
  public record LogNormal(double p5, double p95, boolean duration) implements Numeric {
    @Override
    public double lowest() {
      return distribution().inverseCumulativeProbability(LOGNORMAL_TAIL);
    }

    @Override
    public double highest() {
      return distribution().inverseCumulativeProbability(1 - LOGNORMAL_TAIL);
    }

    RealDistribution distribution() {
      double mu = (Math.log(p5) + Math.log(p95)) / 2;
      double sigma = (Math.log(p95) - Math.log(p5)) / (2 * Z95);
      return new LogNormalDistribution(null, mu, sigma);
    }

    @Override
    public String valueAt(double p) {
      double clamped = Math.min(Math.max(p, LOGNORMAL_TAIL), 1 - LOGNORMAL_TAIL);
      return text(distribution().inverseCumulativeProbability(clamped), p95 - p5, duration);
    }

    @Override
    public List<String> extremes() {
      return List.of(text(lowest(), p95 - p5, duration), text(highest(), p95 - p5, duration));
    }

    @Override
    public String name() {
      return "lognormal";
    }
  }

  /**
   * One of the values, each equally likely: the value at {@code p} is {@code values[⌊p × k⌋]}, so a
   * Latin hypercube of k samples takes each value once, and the 5th and 95th percentiles are the
   * first and last values when there are at most 20.
   *
   * @param values override texts, at least two, distinct
   */
  public record Choice(List<String> values) implements Distribution {
    public Choice {
      values = List.copyOf(values);
    }

    @Override
    public String valueAt(double p) {
      int k = values.size();
      return values.get(Math.min(k - 1, (int) Math.floor(p * k)));
    }

    @Override
    public List<String> extremes() {
      return values;
    }

    @Override
    public String name() {
      return "choice";
    }
  }

  private static double quantile(RealDistribution d, double p) {
    return d.inverseCumulativeProbability(Math.min(Math.max(p, 0.0), 1.0));
  }

  /**
   * A value as plain decimal text with six significant digits of the range's width ({@code [0, 1]}
   * → 6 decimals, {@code [10, 5000]} → 2); durations in seconds with unit {@code s}, to four
   * significant digits of the width and at most milliseconds ({@code [20m, 45m]} → whole seconds).
   */
  static String text(double value, double width, boolean duration) {
    int decimals =
        width > 0 && Double.isFinite(width)
            ? Math.max(0, 6 - (int) Math.ceil(Math.log10(width)))
            : 6;
    if (duration) {
      // Durations to four significant digits of the width, at most milliseconds.
      decimals =
          width > 0 && Double.isFinite(width)
              ? Math.min(3, Math.max(0, 4 - (int) Math.ceil(Math.log10(width))))
              : 3;
    }
    String plain =
        new BigDecimal(value)
            .setScale(decimals, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    if (plain.equals("-0")) {
      plain = "0";
    }
    return duration ? plain + "s" : plain;
  }
}
