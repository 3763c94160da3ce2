package org.outagesim.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outagesim.report.html.ManifestData.Fault;

/**
 * The faults drawn over the horizon: one row per fault with its type, target and wall-clock window,
 * and a bar placed by percentages of the horizon, under an axis with wall-clock ticks. Plain HTML
 * and CSS, so it scales with the page and prints without scripts. A fault that runs past the
 * horizon is cut at it and says so; one that starts after it has no bar.
 */
final class FaultTimeline {

  /** Tick spacings to choose from, in minutes. */
  private static final int[] STEPS_MIN = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440};

  static final int MAX_TICKS = 12;

  private FaultTimeline() {}

  static void appendTo(Markup m, ManifestData manifest) {
    WallClock clock = new WallClock(manifest.start());
    double horizon = manifest.durationS();
    m.raw("<section id=\"faults\"><h2>Faults</h2>\n");
    if (manifest.faults().isEmpty()) {
      m.raw("<p>The scenario has no faults.</p></section>\n");
      return;
    }
    m.raw("<div class=\"timeline\">\n");
    axis(m, clock, horizon);
    for (Fault f : manifest.faults()) {
      row(m, clock, horizon, f);
    }
    m.raw("</div></section>\n");
  }

  /**
   * One tick of the axis: its time, its clock label and, on the first tick of a day other than the
   * start's, the day, shown on a second line so that a date never widens the label that the
   * neighbouring ticks must make room for.
   */
  record Tick(double t, String time, String day) {}

  /** The ticks of the axis over {@code [0, horizon]}, at most {@value #MAX_TICKS} of them. */
  static List<Tick> ticks(WallClock clock, double horizon) {
    List<Tick> out = new ArrayList<>();
    double step = tickStepS(horizon);
    double first = Math.ceil(clock.secondOfDay(0) / step) * step - clock.secondOfDay(0);
    String lastDay = clock.day(0);
    for (double t = first; t <= horizon + 1e-6; t += step) {
      String day = clock.day(t);
      boolean newDay = !day.equals(lastDay);
      out.add(new Tick(t, clock.time(t), newDay ? day : null));
      lastDay = day;
    }
    return out;
  }

  private static void axis(Markup m, WallClock clock, double horizon) {
    List<Tick> ticks = ticks(clock, horizon);
    boolean days = ticks.stream().anyMatch(k -> k.day() != null);
    m.raw(
        "<div class=\"tl-row tl-axis"
            + (days ? " tl-axis-days" : "")
            + "\"><div class=\"tl-label\"></div>"
            + "<div class=\"tl-track\">");
    double step = tickStepS(horizon);
    for (Tick k : ticks) {
      String edge =
          k.t() < step / 2 ? " tl-tick-first" : horizon - k.t() < step / 2 ? " tl-tick-last" : "";
      m.raw("<span class=\"tl-tick" + edge + "\" style=\"left:" + percent(k.t() / horizon) + "\">")
          .text(k.time());
      if (k.day() != null) {
        m.raw("<br><span class=\"tl-day\">").text(k.day()).raw("</span>");
      }
      m.raw("</span>");
    }
    m.raw("</div></div>\n");
  }

  private static void row(Markup m, WallClock clock, double horizon, Fault f) {
    String window =
        clock.time(f.atS())
            + "–"
            + clock.time(f.endS())
            + (clock.sameDayAsStart(f.endS()) ? "" : " " + clock.day(f.endS()))
            + " ("
            + WallClock.duration(f.durationS())
            + ")";
    m.raw("<div class=\"tl-row\"><div class=\"tl-label\"><span class=\"tl-type\">")
        .text(f.type())
        .raw("</span>");
    if (!f.target().isEmpty()) {
      m.raw("<br><span class=\"tl-target\">").text(f.target()).raw("</span>");
    }
    if (!f.mode().isEmpty()) {
      m.raw(" <span class=\"tl-mode\">").text(f.mode()).raw("</span>");
    }
    m.raw("<br><span class=\"tl-window\">")
        .text(window)
        .raw("</span></div><div class=\"tl-track\">");
    double from = clamp(f.atS() / horizon);
    double to = clamp(f.endS() / horizon);
    if (to > from) {
      String cut = f.endS() > horizon ? " tl-bar-cut" : "";
      m.raw(
              "<span class=\"tl-bar"
                  + cut
                  + "\" style=\"left:"
                  + percent(from)
                  + ";width:"
                  + percent(to - from)
                  + "\"")
          .attr("title", f.type() + " " + f.target() + ": " + window)
          .raw("></span>");
    }
    m.raw("</div></div>\n");
    if (f.endS() > horizon) {
      m.raw("<p class=\"tl-note\">")
          .text(
              f.type()
                  + (f.atS() >= horizon ? " starts" : " ends")
                  + " after the horizon ("
                  + clock.time(horizon)
                  + ").")
          .raw("</p>\n");
    }
  }

  private static double tickStepS(double horizon) {
    for (int min : STEPS_MIN) {
      if (horizon / (min * 60.0) <= MAX_TICKS) {
        return min * 60.0;
      }
    }
    return Math.ceil(horizon / MAX_TICKS / 86400) * 86400;
  }

  private static double clamp(double share) {
    return Math.max(0, Math.min(1, share));
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.3f%%", share * 100);
  }
}
