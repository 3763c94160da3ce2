package org.outagesim.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The internal resolver of each region that has a capacity, per minute, 0–100 %: the capacity left
 * (as a share of the resolver's full capacity), its utilisation (the share of the minute it was
 * busy) and the share of the lookups reaching it that failed, each the mean over replications;
 * fault windows shaded. Drawn only when some region has a {@code resolver.capacity}; the report
 * shows it under the success-ratio chart.
 */
final class ResolverChart implements Chart<RunResults> {

  static final String NAME = "resolver-utilisation";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean appliesTo(RunResults r) {
    return r.hasResolverCapacity();
  }

  @Override
  public JFreeChart draw(RunResults r) {
    Map<String, List<RegionMinute>> byRegion = new LinkedHashMap<>();
    for (RegionMinute m : r.regionMinutes()) {
      if (m.limited()) {
        byRegion.computeIfAbsent(m.region(), k -> new ArrayList<>()).add(m);
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    int regionIndex = 0;
    for (Map.Entry<String, List<RegionMinute>> e : byRegion.entrySet()) {
      List<RegionMinute> minutes = e.getValue();
      double full = minutes.stream().mapToDouble(RegionMinute::capacity).max().orElse(1.0);
      String suffix = byRegion.size() == 1 ? "" : " — " + e.getKey();
      XYSeries capacity = new XYSeries("capacity left" + suffix, false, true);
      XYSeries utilisation = new XYSeries("utilisation" + suffix, false, true);
      XYSeries failed = new XYSeries("lookups failed" + suffix, false, true);
      for (RegionMinute m : minutes) {
        double x = r.epochMillisAt(60.0 * m.minute() + 30.0);
        capacity.add(x, full > 0 ? 100 * m.capacity() / full : 0);
        utilisation.add(x, 100 * m.utilisation());
        if (!Double.isNaN(m.failureShare())) {
          failed.add(x, 100 * m.failureShare());
        }
      }
      add(data, renderer, capacity, Palette.NEUTRAL, regionIndex);
      add(data, renderer, utilisation, Palette.ACTIVE_PASSIVE, regionIndex);
      add(data, renderer, failed, Palette.INTERNAL_DNS, regionIndex);
      regionIndex++;
    }
    NumberAxis percent = ChartStyle.axis(new PercentAxis("Share (%)"));
    XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(r), percent, renderer);
    ChartStyle.grid(plot);
    ChartStyle.shadeFaults(plot, r);
    String regions = String.join(", ", byRegion.keySet());
    return ChartStyle.chart(
        "Internal resolver — " + regions,
        "per minute: capacity left (share of full), utilisation (share of the minute busy), share"
            + " of lookups failed; mean of "
            + Plural.replications(r.replications()),
        plot,
        true);
  }

  private static void add(
      XYSeriesCollection data,
      XYLineAndShapeRenderer renderer,
      XYSeries series,
      Color colour,
      int regionIndex) {
    int i = data.getSeriesCount();
    data.addSeries(series);
    renderer.setSeriesPaint(i, colour);
    renderer.setSeriesStroke(i, Palette.line(regionIndex));
  }
}
