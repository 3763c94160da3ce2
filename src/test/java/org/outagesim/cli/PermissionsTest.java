package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Result files and folders get the permissions the process's umask gives any new file: exactly
 * those of a file and a folder created the ordinary way in the same place (not the owner-only
 * 0600/0700 of Java's temporary files).
 */
class PermissionsTest {

  @TempDir Path tmp;
  private Set<PosixFilePermission> folderMode;
  private Set<PosixFilePermission> fileMode;

  @BeforeEach
  void referenceModes() throws Exception {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX file system");
    folderMode =
        Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("reference-folder")));
    fileMode = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("reference-file")));
  }

  @Test
  void runFolderAndFilesFollowTheUmask() throws Exception {
    Path out = tmp.resolve("run");
    Cli.Outcome o =
        Cli.run(
            "run",
            Cli.write(tmp, "small.yaml", Cli.SMALL).toString(),
            "--out",
            out.toString(),
            "--quiet");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertModes(out);
  }

  @Test
  void sweepFolderAndFilesFollowTheUmask() throws Exception {
    Path out = tmp.resolve("sweep");
    Cli.Outcome o =
        Cli.run(
            "sweep",
            Cli.write(tmp, "small.yaml", Cli.SMALL).toString(),
            "--vary",
            "tenants[shop].deployment.ttl=10s,60s",
            "--replications",
            "2",
            "--out",
            out.toString(),
            "--quiet");
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertModes(out);
  }

  private void assertModes(Path root) throws Exception {
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) {
      all = s.toList();
    }
    for (Path p : all) {
      Set<PosixFilePermission> expected = Files.isDirectory(p) ? folderMode : fileMode;
      assertEquals(
          PosixFilePermissions.toString(expected),
          PosixFilePermissions.toString(Files.getPosixFilePermissions(p)),
          root.relativize(p).toString());
    }
  }
}
