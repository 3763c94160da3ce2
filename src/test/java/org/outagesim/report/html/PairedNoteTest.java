package org.outagesim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence on paired intervals follows the ratios of the table, not a belief about them. */
class PairedNoteTest {

  @Test
  void narrowerEverywhereSaysNarrower() {
    String s = PairedNote.of(List.of(0.2, 0.35));
    assertTrue(
        s.startsWith("Here the paired interval is narrower than the unpaired one in every row"), s);
    assertTrue(s.contains("paired/unpaired 0.20 to 0.35"), s);
  }

  @Test
  void widerEverywhereSaysWiderAndPointsToTheUnpairedInterval() {
    // 99.1 paired against 51.9 unpaired, as in a sweep over retry counts.
    String s = PairedNote.of(List.of(99.1 / 51.9));
    assertTrue(
        s.startsWith(
            "Here the paired interval is wider than the unpaired one in every row (paired/unpaired 1.91)"),
        s);
    assertTrue(s.contains("read the unpaired interval"), s);
  }

  @Test
  void mixedRowsAreCounted() {
    assertEquals(
        "Here the paired interval is narrower in 1, about the same in 1 and wider in 1 of 3 rows "
            + "(paired/unpaired 0.30 to 1.50); where it is wider, read the unpaired interval.",
        PairedNote.of(List.of(0.3, 1.0, 1.5, Double.NaN)));
  }

  @Test
  void differencesAreNotClippedAtZero() {
    assertEquals("-12.0 ±\u00a030.0", NumberText.signedInterval(-12, 30));
  }
}
