package org.outagesim.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CSV file: a header line, then one line per row, {@code \n} line ends, UTF-8. Cells are
 * strings, numbers ({@link java.math.BigDecimal}, written plain) or {@code null} (an empty cell);
 * Jackson quotes a cell only when it must (a separator, quote or line break). Nulls become empty
 * strings before Jackson sees them because Jackson drops null list elements.
 */
public final class CsvTable {

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();

  private final CsvSchema schema;

  CsvTable(List<String> columns) {
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    for (String c : columns) {
      b.addColumn(c);
    }
    this.schema = b.build();
  }

  /**
   * The rows as CSV lines without a header, each ending in {@code \n}, written as files are: for
   * text that is appended to a file block by block.
   */
  public static String lines(List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    try (SequenceWriter w =
        MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(out)) {
      for (List<Object> row : rows) {
        w.write(row.stream().map(cell -> cell == null ? "" : cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV to memory cannot fail", e);
    }
    return out.toString();
  }

  /** Writes the header and {@code rows} to {@code file}, replacing it. */
  void write(Path file, Iterable<List<Object>> rows) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        SequenceWriter w = MAPPER.writer(schema).writeValues(out)) {
      for (List<Object> row : rows) {
        w.write(row.stream().map(cell -> cell == null ? "" : cell).toList());
      }
    }
  }
}
