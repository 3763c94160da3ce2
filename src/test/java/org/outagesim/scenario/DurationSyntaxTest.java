package org.outagesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationSyntaxTest {

  @ParameterizedTest
  @CsvSource({
    "250ms, 0.25",
    "30s, 30",
    "5m, 300",
    "1h30m, 5400",
    "2d, 172800",
    "1.5s, 1.5",
    "0s, 0",
    "1h0m30s, 3630",
    "1m500ms, 60.5",
    "-5m, -300",
  })
  void parsesDurationsWithUnitsIntoSeconds(String text, double seconds) {
    assertEquals(seconds, DurationParser.parseSeconds(text).getAsDouble(), 1e-9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "", "5 m", "m", "1.s", "5min", "1h 30m", "abc", "1e3s", ".5s"})
  void rejectsTextThatIsNotADuration(String text) {
    assertTrue(DurationParser.parseSeconds(text).isEmpty(), text);
  }

  @ParameterizedTest
  @CsvSource({"0, 0s", "0.25, 250ms", "1.5, 1.5s", "5400, 1h30m", "28800, 8h", "90061, 1d1h1m1s"})
  void formatsSecondsCompactly(double seconds, String text) {
    assertEquals(text, DurationFormat.format(seconds));
  }

  @Test
  void writesDurationsInScenarioUnits() {
    assertEquals("8h", DurationFormat.format(8 * 3600));
    assertEquals("1h30m", DurationFormat.format(5400));
    assertEquals("1h24m", DurationFormat.format(84 * 60));
    assertEquals("1m30s", DurationFormat.format(90));
    assertEquals("250ms", DurationFormat.format(0.25));
    assertEquals("2d", DurationFormat.format(2 * 86400));
    assertEquals("0s", DurationFormat.format(0));
    assertEquals("Infinity", DurationFormat.format(Double.POSITIVE_INFINITY));
  }
}
