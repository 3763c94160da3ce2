package org.outagesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * The one place where chart colours are chosen. Colours come from the Okabe–Ito palette, which
 * stays distinguishable under the common forms of colour blindness; each deployment strategy and
 * each failure cause keeps its colour in every chart. Tenants of the same strategy share its colour
 * and are told apart by their line pattern.
 */
public final class Palette {

  /** Deployment strategies in the order charts list them. */
  public static final List<String> STRATEGIES =
      List.of("single-region", "active-passive", "active-active");

  /** Okabe–Ito vermillion. */
  public static final Color SINGLE_REGION = new Color(0xD55E00);

  /** Okabe–Ito blue. */
  public static final Color ACTIVE_PASSIVE = new Color(0x0072B2);

  /** Okabe–Ito bluish green. */
  public static final Color ACTIVE_ACTIVE = new Color(0x009E73);

  /** Anything not tied to a strategy (sector bars, an unknown strategy). */
  public static final Color NEUTRAL = new Color(0x595959);

  /** Failure causes: Okabe–Ito reddish purple, orange, black, sky blue. */
  public static final Color PUBLIC_DNS = new Color(0xCC79A7);

  public static final Color INTERNAL_DNS = new Color(0xE69F00);
  public static final Color UNREACHABLE = new Color(0x000000);
  public static final Color OVERLOAD = new Color(0x56B4E9);

  /** Shading of fault windows: light grey, so the data above it stays readable. */
  public static final Color FAULT_WINDOW = new Color(0, 0, 0, 28);

  private static final float LINE_WIDTH = 2.5f;
  private static final List<float[]> DASHES =
      List.of(
          new float[] {10f, 6f},
          new float[] {3f, 4f},
          new float[] {14f, 4f, 3f, 4f},
          new float[] {6f, 6f},
          new float[] {18f, 6f},
          new float[] {14f, 4f, 3f, 4f, 3f, 4f},
          new float[] {3f, 9f});

  private Palette() {}

  /** The colour of a deployment strategy (scenario spelling); {@link #NEUTRAL} for another. */
  public static Color strategy(String strategy) {
    return switch (strategy) {
      case "single-region" -> SINGLE_REGION;
      case "active-passive" -> ACTIVE_PASSIVE;
      case "active-active" -> ACTIVE_ACTIVE;
      default -> NEUTRAL;
    };
  }

  /**
   * The line of the {@code index}-th series (from 0): solid and a little wider, then dash patterns.
   */
  public static Stroke line(int index) {
    if (index == 0) {
      return new BasicStroke(LINE_WIDTH + 1f);
    }
    float[] dash = DASHES.get((index - 1) % DASHES.size());
    return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }
}
