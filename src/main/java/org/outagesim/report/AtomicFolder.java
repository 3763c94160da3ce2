package org.outagesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Publishes a folder all at once. In order:
 *
 * <ol>
 *   <li>the content is written into a hidden sibling {@code .NAME.tmp-<random>} of the target;
 *   <li>if writing fails, that temporary folder is deleted and nothing else is touched;
 *   <li>an existing target that may be replaced is renamed aside to {@code .NAME.old-<random>};
 *   <li>the temporary folder is renamed to the target with an atomic move;
 *   <li>the old folder, if any, is deleted.
 * </ol>
 *
 * <p>A process killed at any point leaves the target either absent, as before, or complete, plus at
 * most a hidden temporary or old folder beside it; on an orderly exit (Ctrl-C) a shutdown hook
 * removes the temporary folder. Atomic rename needs the temporary folder on the same file system as
 * the target, hence a sibling rather than the system temp directory.
 */
public final class AtomicFolder {

  /** Fills a folder with files. */
  @FunctionalInterface
  public interface Content {
    void writeInto(Path dir) throws IOException;
  }

  private AtomicFolder() {}

  /**
   * Writes {@code content} and publishes it at {@code target}.
   *
   * @return the folder written (for a default target, possibly with a {@code -N} suffix)
   * @throws OutputFolderException when a chosen target became unusable while the content was
   *     written
   */
  public static Path publish(OutputTarget target, Content content)
      throws IOException, OutputFolderException {
    Path parent = target.path().getParent();
    Files.createDirectories(parent);
    Path tmp = TempNames.createDirectory(parent, "." + target.path().getFileName() + ".tmp-");
    Thread cleanUpOnExit = new Thread(() -> deleteQuietly(tmp), "remove " + tmp.getFileName());
    Runtime.getRuntime().addShutdownHook(cleanUpOnExit);
    try {
      content.writeInto(tmp);
      return target.isChosen() ? replace(tmp, target) : moveToFreeName(tmp, target);
    } finally {
      removeHook(cleanUpOnExit);
      if (Files.exists(tmp)) {
        deleteTree(tmp);
      }
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting and the hook is already running
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      if (Files.exists(dir)) {
        deleteTree(dir);
      }
    } catch (IOException | RuntimeException e) {
      // best effort while the JVM exits; a leftover hidden folder is harmless
    }
  }

  private static Path moveToFreeName(Path tmp, OutputTarget target) throws IOException {
    while (true) {
      Path dest = target.freeName();
      try {
        move(tmp, dest);
        return dest;
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
        // another run took the name between the check and the move: try the next suffix
      }
    }
  }

  private static Path replace(Path tmp, OutputTarget target)
      throws IOException, OutputFolderException {
    target.check();
    Path dest = target.path();
    Path old = null;
    if (Files.isDirectory(dest)) {
      old = TempNames.createDirectory(dest.getParent(), "." + dest.getFileName() + ".old-");
      Files.delete(old);
      move(dest, old);
    }
    try {
      move(tmp, dest);
    } catch (IOException e) {
      if (old != null) {
        move(old, dest);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
    return dest;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "cannot rename " + from + " to " + to + " atomically: " + e.getMessage(), e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
