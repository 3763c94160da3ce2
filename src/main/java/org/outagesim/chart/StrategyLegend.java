package org.outagesim.chart;

import java.util.List;
import org.jfree.chart.LegendItem;

/**
 * Legend entries for the deployment strategies that a run's tenants use, in {@link
 * Palette#STRATEGIES} order.
 */
final class StrategyLegend {

  private StrategyLegend() {}

  static List<LegendItem> of(RunResults r) {
    return Palette.STRATEGIES.stream()
        .filter(s -> r.tenants().stream().anyMatch(t -> t.strategy().equals(s)))
        .map(s -> ErrorBarChart.legendItem(s, Palette.strategy(s)))
        .toList();
  }
}
