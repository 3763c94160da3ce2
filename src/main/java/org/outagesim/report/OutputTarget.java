package org.outagesim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * Where a run's results go: either a folder the user named ({@code --out}), which must not hold
 * anything unless replacing it is allowed, or the default {@code ROOT/<scenario>/<UTC timestamp>},
 * which never replaces anything: when the name is taken, {@code -2}, {@code -3}, … is appended.
 */
public final class OutputTarget {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path path;
  private final boolean chosen;
  private final boolean replace;

  private OutputTarget(Path path, boolean chosen, boolean replace) {
    this.path = path.toAbsolutePath().normalize();
    this.chosen = chosen;
    this.replace = replace;
  }

  /**
   * A folder the user chose. It may be missing or empty; a non-empty one only with {@code replace}.
   *
   * @throws OutputFolderException when it is a file, or non-empty without {@code replace}
   */
  public static OutputTarget chosen(Path dir, boolean replace) throws OutputFolderException {
    OutputTarget t = new OutputTarget(dir, true, replace);
    t.check();
    return t;
  }

  /** {@code root/<scenario name>/<now as 20261125T091500Z>}, with a suffix when that is taken. */
  public static OutputTarget byDefault(Path root, String scenarioName, Instant now) {
    return new OutputTarget(
        root.resolve(safeName(scenarioName)).resolve(STAMP.format(now)), false, false);
  }

  /** The folder as requested; a default one may end up with a suffix, see {@link #freeName()}. */
  public Path path() {
    return path;
  }

  /** Whether the user named the folder. */
  public boolean isChosen() {
    return chosen;
  }

  /** Whether an existing non-empty folder may be replaced. */
  public boolean replaces() {
    return replace;
  }

  /** Checks that the folder can still be written (it may have changed since the run started). */
  void check() throws OutputFolderException {
    if (!chosen) {
      return;
    }
    if (!Files.exists(path)) {
      Path ancestor = path.getParent();
      while (ancestor != null && !Files.exists(ancestor)) {
        ancestor = ancestor.getParent();
      }
      if (ancestor != null && !Files.isDirectory(ancestor)) {
        throw new OutputFolderException(
            "--out " + path + " cannot be created: " + ancestor + " is not a folder");
      }
      return;
    }
    if (!Files.isDirectory(path)) {
      throw new OutputFolderException(
          "--out " + path + " exists and is not a folder; choose another folder");
    }
    if (!replace && !isEmptyFolder(path)) {
      throw new OutputFolderException(
          "--out "
              + path
              + " already exists and is not empty; choose another folder or add --force");
    }
  }

  /**
   * For a default target: the first of {@code path}, {@code path-2}, {@code path-3}, … that does
   * not exist.
   */
  public Path freeName() {
    Path candidate = path;
    for (int k = 2; Files.exists(candidate); k++) {
      candidate = path.resolveSibling(path.getFileName() + "-" + k);
    }
    return candidate;
  }

  static boolean isEmptyFolder(Path dir) throws OutputFolderException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new OutputFolderException("cannot read " + dir + ": " + e.getMessage());
    }
  }

  private static String safeName(String name) {
    String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() || s.startsWith(".") ? "scenario" + s : s;
  }
}
