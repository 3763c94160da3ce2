package org.outagesim.sweep.run;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV text as the run's files write it ({@code report.CsvTable}): {@code \n} line ends, quotes
 * only where needed, numbers as {@link java.math.BigDecimal} written plainly, {@code null} as an
 * empty cell. Rows are rendered to text first so that a block of rows can be appended with one
 * write, and re-rendered on resume to check that the bytes on disk are exactly what this sweep
 * would write.
 */
final class CsvText {

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final ObjectWriter WRITER =
      MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n"));
  private static final ObjectReader LINE_READER =
      MAPPER.readerFor(String[][].class).with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvSchema.emptySchema());

  private CsvText() {}

  /** The rows as CSV lines, each ending in {@code \n}. */
  static String lines(List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    try (var w = WRITER.writeValues(out)) {
      for (List<Object> row : rows) {
        w.write(row.stream().map(cell -> cell == null ? "" : cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV to memory cannot fail", e);
    }
    return out.toString();
  }

  /** One line (without its line end) split into cells. */
  static List<String> cells(String line) throws IOException {
    if (line.isEmpty()) {
      return List.of("");
    }
    String[][] rows = LINE_READER.readValue(line);
    if (rows.length != 1) {
      throw new IOException("expected one CSV row, found " + rows.length);
    }
    return List.of(rows[0]);
  }
}
