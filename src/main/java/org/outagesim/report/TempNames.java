package org.outagesim.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Hidden temporary files and folders beside a result, created with the permissions the user's umask
 * gives any new file. {@link Files#createTempFile} and {@link Files#createTempDirectory} force
 * owner-only permissions (0600, 0700), which would survive the rename and leave published results
 * unreadable by the group and others even under {@code umask 0022}.
 */
public final class TempNames {
  private static final int ATTEMPTS = 100;

  private TempNames() {}

  /** A new empty folder {@code parent/prefix<random>}. */
  public static Path createDirectory(Path parent, String prefix) throws IOException {
    for (int i = 0; ; i++) {
      try {
        return Files.createDirectory(parent.resolve(prefix + UUID.randomUUID()));
      } catch (FileAlreadyExistsException e) {
        if (i == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** A new empty file {@code parent/prefix<random>suffix}. */
  public static Path createFile(Path parent, String prefix, String suffix) throws IOException {
    for (int i = 0; ; i++) {
      try {
        return Files.createFile(parent.resolve(prefix + UUID.randomUUID() + suffix));
      } catch (FileAlreadyExistsException e) {
        if (i == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
