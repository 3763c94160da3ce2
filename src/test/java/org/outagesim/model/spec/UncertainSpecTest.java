package org.outagesim.model.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The value of an uncertain path at a probability, against the distributions' closed forms. */
class UncertainSpecTest {

  @Test
  void uniformIsLinearBetweenItsEnds() {
    UncertainSpec.Uniform u = new UncertainSpec.Uniform(0.1, 0.5, false);
    assertEquals("0.1", u.valueAt(0));
    assertEquals("0.3", u.valueAt(0.5));
    assertEquals("0.12", u.valueAt(0.05));
    assertEquals(List.of("0.1", "0.5"), u.extremes());
  }

  @Test
  void durationsAreWrittenInSeconds() {
    UncertainSpec.Uniform d = new UncertainSpec.Uniform(600, 1800, true);
    assertEquals("660s", d.valueAt(0.05), "10m + 5% of 20m");
    assertEquals("1740s", d.valueAt(0.95));
  }

  @Test
  void triangularQuantilesFollowTheTwoBranches() {
    // min 0, mode 1, max 4: F(x) = x² / 4 up to the mode, so the 10% quantile is √0.4.
    UncertainSpec.Triangular t = new UncertainSpec.Triangular(0, 1, 4, false);
    assertEquals(Math.sqrt(0.4), Double.parseDouble(t.valueAt(0.1)), 1e-5);
    // above the mode: 1 − (4 − x)² / 12 = 0.9 → x = 4 − √1.2
    assertEquals(4 - Math.sqrt(1.2), Double.parseDouble(t.valueAt(0.9)), 1e-5);
  }

  @Test
  void lognormalGivesBackItsPercentiles() {
    UncertainSpec.LogNormal l = new UncertainSpec.LogNormal(10, 40, false);
    assertEquals(10, Double.parseDouble(l.valueAt(0.05)), 1e-4);
    assertEquals(40, Double.parseDouble(l.valueAt(0.95)), 1e-4);
    assertEquals(20, Double.parseDouble(l.valueAt(0.5)), 1e-4, "the median is √(p5 · p95)");
    assertEquals(l.valueAt(UncertainSpec.LOGNORMAL_TAIL), l.valueAt(0), "the tail is cut");
  }

  @Test
  void choiceTakesEachValueForAnEqualShare() {
    UncertainSpec.Choice c = new UncertainSpec.Choice(List.of("0", "1", "2"));
    assertEquals("0", c.valueAt(0.05));
    assertEquals("0", c.valueAt(0.3));
    assertEquals("1", c.valueAt(0.34));
    assertEquals("2", c.valueAt(0.95));
    assertEquals("2", c.valueAt(0.999999));
  }
}
