package org.outagesim.sweep.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.outagesim.report.OutputFolderException;
import org.outagesim.sweep.SweepPoint;

/**
 * The rows an interrupted sweep left in {@code sweep.csv}, handed back block by block (one point's
 * replications of one round) in the order the sweep writes them. In order:
 *
 * <ol>
 *   <li>the header must be this sweep's, else the file belongs to a different sweep (an error);
 *   <li>only complete lines count: a line cut off by a kill has no line end and is dropped;
 *   <li>a block is taken only when all its rows are there; each row must be the expected point,
 *       parameter values, replication and tenant, and the block must re-render to exactly the bytes
 *       on disk, else the file belongs to a different sweep (an error);
 *   <li>from the first incomplete block on, nothing more is taken: the sweep truncates the file to
 *       {@link #keptBytes()} and simulates the rest.
 * </ol>
 *
 * <p>Because each block was written with one write and forced to disk, a kill leaves at most the
 * block being written incomplete.
 */
final class ExistingRows {

  private final Path file;
  private final SweepCsv layout;
  private final List<String> lines;
  private final long[] lineEnds;
  private final long headerEnd;
  private final long fileSize;
  private int next;
  private boolean exhausted;

  private ExistingRows(
      Path file,
      SweepCsv layout,
      List<String> lines,
      long[] lineEnds,
      long headerEnd,
      long fileSize) {
    this.file = file;
    this.layout = layout;
    this.lines = lines;
    this.lineEnds = lineEnds;
    this.headerEnd = headerEnd;
    this.fileSize = fileSize;
  }

  /** No earlier rows: a fresh sweep. */
  static ExistingRows none(Path file, SweepCsv layout) {
    return new ExistingRows(file, layout, List.of(), new long[0], 0, 0);
  }

  /**
   * Reads what an earlier run of the same sweep wrote.
   *
   * @throws OutputFolderException when the header is not this sweep's
   */
  static ExistingRows read(Path file, SweepCsv layout) throws IOException, OutputFolderException {
    if (!Files.exists(file)) {
      return none(file, layout);
    }
    byte[] bytes = Files.readAllBytes(file);
    List<String> lines = new ArrayList<>();
    long[] ends = new long[bytes.length];
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        ends[lines.size()] = (long) i + 1;
        lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    String header = layout.header();
    if (lines.isEmpty()) {
      if (!header.startsWith(new String(bytes, StandardCharsets.UTF_8))) {
        throw differentSweep(file, "its first line is not a sweep.csv header");
      }
      return new ExistingRows(file, layout, List.of(), new long[0], 0, bytes.length);
    }
    if (!(lines.get(0) + "\n").equals(header)) {
      throw differentSweep(
          file,
          "its header is\n  " + lines.get(0) + "\nbut this sweep writes\n  " + header.strip());
    }
    long[] rowEnds = Arrays.copyOfRange(ends, 1, lines.size());
    return new ExistingRows(
        file, layout, List.copyOf(lines.subList(1, lines.size())), rowEnds, ends[0], bytes.length);
  }

  /**
   * The block of {@code point}'s replications {@code from .. to - 1}, when the file holds all of
   * it.
   *
   * @param tenants the point's tenant ids in scenario order, then {@code all}
   * @throws OutputFolderException when the rows there are not this sweep's
   */
  Optional<List<ReplicationRows>> take(SweepPoint point, int from, int to, List<String> tenants)
      throws IOException, OutputFolderException {
    int needed = (to - from) * tenants.size();
    if (exhausted || lines.size() - next < needed) {
      exhausted = true;
      return Optional.empty();
    }
    List<ReplicationRows> block = new ArrayList<>();
    List<TenantRow> rows = new ArrayList<>();
    for (int i = 0; i < needed; i++) {
      int lineNo = next + i;
      int replication = from + i / tenants.size();
      String tenant = tenants.get(i % tenants.size());
      SweepCsv.ParsedRow parsed = parse(lineNo);
      if (parsed.point() != point.index()
          || parsed.replication() != replication
          || !parsed.row().tenant().equals(tenant)
          || !parsed.values().equals(List.copyOf(point.values().values()))) {
        throw differentSweep(
            file,
            "line "
                + (lineNo + 2)
                + " should hold point "
                + point.index()
                + " "
                + point.values()
                + ", replication "
                + replication
                + ", tenant "
                + tenant);
      }
      rows.add(parsed.row());
      if (rows.size() == tenants.size()) {
        block.add(new ReplicationRows(replication, rows));
        rows = new ArrayList<>();
      }
    }
    String onDisk = String.join("\n", lines.subList(next, next + needed)) + "\n";
    if (!layout.lines(point, block).equals(onDisk)) {
      throw differentSweep(
          file,
          "the rows of point "
              + point.index()
              + " from line "
              + (next + 2)
              + " are not written as this version writes them");
    }
    next += needed;
    return Optional.of(block);
  }

  /** The bytes to keep: the header and every block taken. */
  long keptBytes() {
    return next == 0 ? headerEnd : lineEnds[next - 1];
  }

  /** The file's size when it was read. */
  long fileSize() {
    return fileSize;
  }

  /**
   * Checks, once the sweep has taken all its blocks, that no complete rows are left over.
   *
   * @throws OutputFolderException when the file holds more rows than this sweep writes
   */
  void checkNothingLeft() throws OutputFolderException {
    if (!exhausted && next < lines.size()) {
      throw differentSweep(
          file, "it has more rows than this sweep writes (from line " + (next + 2) + ")");
    }
  }

  private SweepCsv.ParsedRow parse(int lineNo) throws OutputFolderException {
    try {
      return layout.parse(lines.get(lineNo));
    } catch (IOException e) {
      throw differentSweep(
          file, "line " + (lineNo + 2) + " is not a row of this sweep: " + e.getMessage());
    }
  }

  private static OutputFolderException differentSweep(Path file, String why) {
    return new OutputFolderException(
        file
            + " was written by a different sweep, so it cannot be resumed: "
            + why
            + "\nUse another --out, or delete the file to start this sweep afresh.");
  }
}
