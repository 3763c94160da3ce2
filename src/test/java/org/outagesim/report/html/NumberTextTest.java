package org.outagesim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberTextTest {

  private static final String NBSP = NumberText.NO_BREAK_SPACE;

  @Test
  void thousandsAreGroupedAndDecimalsFollowTheSize() {
    assertEquals("174,054,400", NumberText.of(174054400.4));
    assertEquals("1,237", NumberText.of(1237.4));
    assertEquals("37.1", NumberText.of(37.06));
    assertEquals("4.33", NumberText.of(4.3333));
    assertEquals("0.034", NumberText.of(0.0341));
    assertEquals("0", NumberText.of(0));
    assertEquals("0", NumberText.of(-0.0));
    assertEquals("0.000", NumberText.of(-0.0001));
    assertEquals("", NumberText.of(Double.NaN));
  }

  @Test
  void intervalTakesTheDecimalsOfTheMean() {
    assertEquals("1,237 ±" + NBSP + "32", NumberText.withInterval(1237.4, 32.3));
    assertEquals("19.1 ±" + NBSP + "4.1", NumberText.withInterval(19.1, 4.07));
    assertEquals("0 ±" + NBSP + "0", NumberText.withInterval(0, 0));
    assertEquals("0.000 (0 – 0.523)", NumberText.withInterval(0, 0.5234));
    assertEquals(
        "61.4 (0 – 129.6)",
        NumberText.withInterval(61.4, 68.2),
        "a count's interval is clipped at 0");
    assertEquals(
        "68.2 ±" + NBSP + "68.2",
        NumberText.withInterval(68.2, 68.2),
        "reaching exactly 0 is not clipped");
    assertEquals("19.1", NumberText.withInterval(19.1, Double.NaN), "one replication: no interval");
  }

  @Test
  void percentagesKeepTheirSignOnTheLine() {
    assertEquals("22.6" + NBSP + "%", NumberText.percent(0.2262));
    assertEquals("0.77" + NBSP + "%", NumberText.percent(0.0077));
    assertEquals("", NumberText.percent(Double.NaN));
  }

  @Test
  void theMachineLocaleChangesNothing() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("1,234,567.9", NumberText.fixed(1234567.89, 1));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertEquals("1,234,567.9", NumberText.fixed(1234567.89, 1));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
