package org.outagesim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces one file of a result folder so that a reader sees the old file or the new one, never
 * half of it: the text goes to a hidden temporary file beside it ({@link TempNames}), which is then
 * renamed into place.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Writes {@code text} to a temporary file beside {@code name} and renames it into place. */
  public static void replace(Path folder, String name, String text) throws IOException {
    Path tmp = TempNames.createFile(folder, "." + name + ".", ".tmp");
    try {
      Files.writeString(tmp, text);
      Files.move(
          tmp,
          folder.resolve(name),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "cannot rename " + tmp + " to " + name + " atomically: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
