package org.outagesim.model;

/**
 * A primary and a secondary region; the authoritative DNS answers with the active one. The switch
 * is made by a failover policy (health checks or people) through {@link #activate}.
 */
public final class ActivePassive implements Deployment {
  private final int primary;
  private final int secondary;
  private int active;

  public ActivePassive(int primary, int secondary) {
    this.primary = primary;
    this.secondary = secondary;
    this.active = primary;
  }

  @Override
  public int[] regions() {
    return new int[] {primary, secondary};
  }

  @Override
  public int answer(double pin) {
    return active;
  }

  public int active() {
    return active;
  }

  /** Publishes {@code region} (the primary or the secondary) from now on. */
  public void activate(int region) {
    if (region != primary && region != secondary) {
      throw new IllegalArgumentException("region " + region + " is not part of this deployment");
    }
    active = region;
  }
}
