package org.outagesim.sweep.run;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import org.outagesim.report.CsvTable;

/**
 * CSV text as the run's files write it ({@link CsvTable}): {@code \n} line ends, quotes only where
 * needed, numbers as {@link java.math.BigDecimal} written plainly, {@code null} as an empty cell.
 * Rows are rendered to text first so that a block of rows can be appended with one write, and
 * re-rendered on resume to check that the bytes on disk are exactly what this sweep would write.
 */
final class CsvText {

  private static final ObjectReader LINE_READER =
      new CsvMapper()
          .readerFor(String[][].class)
          .with(CsvParser.Feature.WRAP_AS_ARRAY)
          .with(CsvSchema.emptySchema());

  private CsvText() {}

  /** The rows as CSV lines, each ending in {@code \n}. */
  static String lines(List<List<Object>> rows) {
    return CsvTable.lines(rows);
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
