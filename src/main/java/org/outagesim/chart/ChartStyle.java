package org.outagesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * The look shared by all charts: fonts large enough to read at {@link ChartFiles#WIDTH} pixels,
 * white background with light grid lines, times as scenario-local {@code HH:mm}, fault windows
 * shaded and labelled. Fonts are logical ({@code SansSerif}) so every machine has them.
 */
final class ChartStyle {

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 24);
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
  static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
  static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  static final Font SMALL_TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
  static final Font MARKER_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  static final Color GRID = new Color(0xD9D9D9);

  private static final int MAX_TIME_TICKS = 12;
  private static final List<Integer> TIME_TICK_MINUTES =
      List.of(1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 360, 720);
  private static final int VALUE_TICKS = 8;

  private ChartStyle() {}

  /** A chart with the house fonts and colours; a legend at the bottom when {@code legend}. */
  static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    if (subtitle != null && !subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, SUBTITLE);
      sub.setPaint(Color.DARK_GRAY);
      chart.addSubtitle(sub);
    }
    LegendTitle l = chart.getLegend();
    if (l != null) {
      l.setItemFont(LEGEND);
      l.setFrame(BlockBorder.NONE);
      l.setPosition(RectangleEdge.BOTTOM);
      l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Color.GRAY);
    return chart;
  }

  /** House fonts on an axis. */
  static <A extends Axis> A axis(A axis) {
    axis.setLabelFont(AXIS_LABEL);
    axis.setTickLabelFont(TICK_LABEL);
    axis.setTickLabelPaint(Color.BLACK);
    axis.setLabelPaint(Color.BLACK);
    return axis;
  }

  /**
   * A time axis over the scenario horizon, ticks labelled {@code HH:mm} in the scenario's offset.
   */
  // JFreeChart's DateAxis takes its range as java.util.Date (setRange(Date, Date)); no java.time
  // API.
  @SuppressWarnings("JavaUtilDate")
  static DateAxis timeAxis(RunResults r) {
    TimeZone zone = TimeZone.getTimeZone(r.start().getOffset());
    DateAxis axis =
        axis(new DateAxis("Scenario local time (UTC" + offsetText(r) + ")", zone, Locale.ROOT));
    SimpleDateFormat hhmm = new SimpleDateFormat("HH:mm", Locale.ROOT);
    hhmm.setTimeZone(zone);
    axis.setDateFormatOverride(hhmm);
    axis.setRange(new Date(r.epochMillisAt(0)), new Date(r.epochMillisAt(r.durationS())));
    axis.setTickUnit(new DateTickUnit(DateTickUnitType.MINUTE, tickMinutes(r.durationS()), hhmm));
    axis.setLowerMargin(0);
    axis.setUpperMargin(0);
    return axis;
  }

  /** The smallest round step in minutes that gives at most {@value #MAX_TIME_TICKS} ticks. */
  static int tickMinutes(double durationS) {
    for (int step : TIME_TICK_MINUTES) {
      if (durationS / 60.0 / step <= MAX_TIME_TICKS) {
        return step;
      }
    }
    return (int) Math.ceil(durationS / 60.0 / MAX_TIME_TICKS / 60.0) * 60;
  }

  private static String offsetText(RunResults r) {
    String id = r.start().getOffset().getId();
    return id.equals("Z") ? "" : id;
  }

  /** Light grey grid lines on an XY plot. */
  static void grid(XYPlot plot) {
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
  }

  /**
   * Shades each fault window behind the data and prints its label at the top; labels of later
   * windows are moved down a line so that overlapping windows keep readable labels.
   */
  static void shadeFaults(XYPlot plot, RunResults r) {
    List<FaultWindow> faults = r.faults();
    for (int i = 0; i < faults.size(); i++) {
      FaultWindow f = faults.get(i);
      IntervalMarker m = new IntervalMarker(r.epochMillisAt(f.startS()), r.epochMillisAt(f.endS()));
      m.setPaint(Palette.FAULT_WINDOW);
      m.setLabel(f.label());
      m.setLabelFont(MARKER_LABEL);
      m.setLabelPaint(Color.BLACK);
      m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      m.setLabelOffset(new RectangleInsets(4 + 20 * i, 6, 0, 0));
      m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      plot.addDomainMarker(m, Layer.BACKGROUND);
    }
  }

  /**
   * A value axis from 0 to {@code headroom} × {@code max}, about {@value #VALUE_TICKS} ticks at a
   * round step, large numbers written short ({@code 12.5M}).
   */
  static NumberAxis countAxis(String label, double max, double headroom) {
    NumberAxis axis = axis(new NumberAxis(label));
    NumberFormat compact =
        NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.SHORT);
    compact.setMaximumFractionDigits(2);
    double top = max > 0 && Double.isFinite(max) ? max * headroom : 1;
    fix(axis, 0, top);
    axis.setTickUnit(new NumberTickUnit(roundStep(top / VALUE_TICKS), compact));
    return axis;
  }

  /** The smallest of 1, 2, 2.5, 5 × 10^k that is at least {@code rough}. */
  static double roundStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= rough) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** Fixes a value axis to {@code [lower, upper]}. */
  static void fix(ValueAxis axis, double lower, double upper) {
    axis.setAutoRange(false);
    axis.setRange(new Range(lower, upper));
  }
}
