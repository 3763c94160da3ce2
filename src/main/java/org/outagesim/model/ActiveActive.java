package org.outagesim.model;

import java.util.Arrays;

/**
 * Several regions serving at once. The authoritative answer lists every healthy region; each
 * recursive resolver uses one of them, chosen by its pin against the regions' weights (their server
 * counts), so a resolver keeps its region while that region stays in the answer. When a region
 * leaves the answer, its resolvers move to the others in proportion to their weights as their
 * entries expire. When no region is healthy the answer lists them all (as Route 53 does).
 */
public final class ActiveActive implements Deployment {
  private final int[] regions;
  private final double[] weights;
  private final boolean[] healthy;

  /**
   * @param regions region indices
   * @param weights relative weights, one per region, positive
   */
  public ActiveActive(int[] regions, double[] weights) {
    if (regions.length != weights.length || regions.length == 0) {
      throw new IllegalArgumentException("one weight per region");
    }
    this.regions = regions.clone();
    this.weights = weights.clone();
    this.healthy = new boolean[regions.length];
    Arrays.fill(healthy, true);
  }

  @Override
  public int[] regions() {
    return regions.clone();
  }

  @Override
  public int answer(double pin) {
    boolean any = false;
    double total = 0.0;
    for (int i = 0; i < regions.length; i++) {
      if (healthy[i]) {
        any = true;
        total += weights[i];
      }
    }
    if (!any) {
      total = Arrays.stream(weights).sum();
    }
    double x = pin * total;
    int last = -1;
    for (int i = 0; i < regions.length; i++) {
      if (healthy[i] || !any) {
        last = i;
        x -= weights[i];
        if (x < 0) {
          return regions[i];
        }
      }
    }
    return regions[last];
  }

  /** Puts the region with index {@code region} in the answer or takes it out. */
  public void setHealthy(int region, boolean isHealthy) {
    for (int i = 0; i < regions.length; i++) {
      if (regions[i] == region) {
        healthy[i] = isHealthy;
        return;
      }
    }
    throw new IllegalArgumentException("region " + region + " is not part of this deployment");
  }
}
