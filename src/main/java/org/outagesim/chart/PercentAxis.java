package org.outagesim.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * A 0–100 % axis with a strip of headroom above 100 and a sliver below 0 that carry no ticks: the
 * fault windows' labels sit in the headroom, where no line can run, and lines at exactly 0 or 100 %
 * are not cut in half by the plot's border.
 */
final class PercentAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  private static final double HEADROOM = 12;
  private static final double FOOTROOM = 1.5;

  PercentAxis(String label) {
    super(label);
    setAutoRange(false);
    setRange(new Range(-FOOTROOM, 100 + HEADROOM));
    setTickUnit(new NumberTickUnit(10, new DecimalFormat("0")));
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List ticks = super.refreshTicks(g2, state, dataArea, edge);
    ticks.removeIf(t -> ((ValueTick) t).getValue() < 0 || ((ValueTick) t).getValue() > 100);
    return ticks;
  }
}
