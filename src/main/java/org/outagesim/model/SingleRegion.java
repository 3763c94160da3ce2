package org.outagesim.model;

/**
 * A tenant in one region with no failover: the answer is always that region, whatever happens to
 * it.
 */
public final class SingleRegion implements Deployment {
  private final int region;

  public SingleRegion(int region) {
    this.region = region;
  }

  @Override
  public int[] regions() {
    return new int[] {region};
  }

  @Override
  public int answer(double pin) {
    return region;
  }
}
