package org.outagesim.scenario;

import java.util.List;

/**
 * What a scalar-like key of the scenario format holds, with the range or spellings it allows.
 * {@link Field} reads a key by its declared value, and {@link ScenarioSchema} writes the same
 * declaration as JSON Schema, so the validator and the schema cannot disagree on a type or a range.
 */
sealed interface Value {

  /** Free text; {@code pattern} (a Java regex that must match the whole text) or {@code null}. */
  record Text(String pattern) implements Value {}

  /** An id: letters, digits, {@code _ . -} (see {@link Ids}). */
  record Id() implements Value {}

  /** {@code true} or {@code false}. */
  record Bool() implements Value {}

  /** A finite number in a range. */
  record Real(Range range) implements Value {}

  /** An integer in a range. */
  record Whole(Range range) implements Value {}

  /** A duration text ({@link DurationParser}) whose seconds lie in a range. */
  record Duration(Range range) implements Value {}

  /** One of fixed spellings, in the order shown to the user. */
  record Choice(List<String> spellings) implements Value {
    public Choice {
      spellings = List.copyOf(spellings);
    }
  }

  /** An ISO-8601 date-time with offset (the scenario's {@code start}). */
  record DateTime() implements Value {}

  /**
   * A time of day on the start's date or a duration offset from the start (see {@link
   * ScenarioClock}).
   */
  record TimeOrOffset() implements Value {}

  /** A constant or a list of {@code [offset, value]} steps (see {@link StepProfileReader}). */
  record Steps(StepProfileReader.Values values) implements Value {}

  /**
   * A share above 0 and at most 1, as a number ({@code 0.999}) or a percentage ({@code "99.9%"});
   * see {@link SloReader}.
   */
  record Ratio() implements Value {
    /** A percentage: a decimal number, then {@code %}. */
    static final String PERCENT_REGEX = "\\s*[0-9]+(\\.[0-9]+)?\\s*%\\s*";
  }

  /** A non-empty list of distinct, non-empty names. */
  record Names() implements Value {}

  /** Exactly 24 hourly multipliers, each in {@link #ITEM_RANGE}. */
  record Hourly() implements Value {
    static final Range ITEM_RANGE = Range.NON_NEGATIVE;
    static final int HOURS = 24;
  }

  /**
   * A list of {@code min} to {@code max} scalars: numbers, durations or (for a choice) any value a
   * key takes.
   */
  record Values(int min, int max) implements Value {}

  /** A number or a duration, such as a percentile of an assumption's range. */
  record Quantity() implements Value {}

  static Value duration(Range range) {
    return new Duration(range);
  }

  static Value real(Range range) {
    return new Real(range);
  }

  static Value whole(long min, long max) {
    return new Whole(Range.integers(min, max));
  }

  static Value choice(String... spellings) {
    return new Choice(List.of(spellings));
  }
}
