package org.outagesim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The axis labels of the fault timeline never overlap. A label is as wide as its longest line at
 * the report's tick font (0.78rem, about 7.5 px a character in the report's sans-serif font, plus 4
 * px of margin); the track is taken at 640 px, the narrowest it is on a laptop screen or an A4
 * page. Two neighbouring labels, centred on their ticks, must fit into the distance between them.
 */
class FaultTimelineTest {
  private static final double TRACK_PX = 640;
  private static final double CHAR_PX = 7.5;
  private static final double MARGIN_PX = 4;

  @ParameterizedTest
  @CsvSource({
    "2018-11-29T18:00:00+09:00, 21600", // 18:00 for 6 h: crosses midnight
    "2018-11-22T06:00:00+09:00, 28800", // the Seoul day
    "2018-11-22T23:50:00+09:00, 1800", // 30 minutes across midnight
    "2018-11-22T12:00:00+09:00, 172800", // two days
    "2018-11-22T00:00:00+09:00, 259200", // three days from midnight
    "2025-10-19T20:00:00-07:00, 57600", // 16 h across midnight
  })
  void neighbouringLabelsDoNotOverlap(String start, double horizon) {
    List<FaultTimeline.Tick> ticks =
        FaultTimeline.ticks(new WallClock(OffsetDateTime.parse(start)), horizon);
    assertTrue(ticks.size() >= 2 && ticks.size() <= FaultTimeline.MAX_TICKS + 1, ticks.toString());
    for (int i = 1; i < ticks.size(); i++) {
      FaultTimeline.Tick a = ticks.get(i - 1);
      FaultTimeline.Tick b = ticks.get(i);
      double gapPx = (b.t() - a.t()) / horizon * TRACK_PX;
      double neededPx = (width(a) + width(b)) / 2;
      assertTrue(gapPx >= neededPx, a + " and " + b + ": " + gapPx + " px apart, need " + neededPx);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2018-11-29T18:00:00+09:00, 21600, 30 Nov",
    "2018-11-22T23:50:00+09:00, 1800, 23 Nov"
  })
  void theFirstTickOfANewDayNamesTheDayOnce(String start, double horizon, String day) {
    List<FaultTimeline.Tick> ticks =
        FaultTimeline.ticks(new WallClock(OffsetDateTime.parse(start)), horizon);
    assertEquals(1, ticks.stream().filter(k -> k.day() != null).count(), ticks.toString());
    FaultTimeline.Tick named =
        ticks.stream().filter(k -> k.day() != null).findFirst().orElseThrow();
    assertEquals(day, named.day());
    assertEquals("00:00", named.time());
  }

  private static double width(FaultTimeline.Tick k) {
    int chars = Math.max(k.time().length(), k.day() == null ? 0 : k.day().length());
    return chars * CHAR_PX + MARGIN_PX;
  }
}
