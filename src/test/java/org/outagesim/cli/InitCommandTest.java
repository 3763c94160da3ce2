package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outagesim.model.spec.DeploymentSpec.Strategy;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.scenario.ScenarioLoader;

/** {@code outagesim init}: the file it writes loads without problems and runs. */
class InitCommandTest {

  @TempDir Path tmp;

  static Stream<Arguments> strategiesAndTenantCounts() {
    return Stream.of(Strategy.values())
        .flatMap(s -> Stream.of(Arguments.of(s, 1), Arguments.of(s, 3)));
  }

  @ParameterizedTest
  @MethodSource("strategiesAndTenantCounts")
  void writtenScenarioLoadsWithoutProblemsAndRuns(Strategy strategy, int tenants) throws Exception {
    Path file = tmp.resolve("start.yaml");
    Cli.Outcome init =
        Cli.run(
            "init",
            "start",
            "--tenants",
            Integer.toString(tenants),
            "--strategy",
            strategy.key(),
            "--out",
            file.toString());
    assertEquals(ExitCode.OK, init.code(), init.toString());
    assertEquals(
        "wrote "
            + file
            + ": "
            + tenants
            + (tenants == 1 ? " tenant, " : " tenants, ")
            + strategy.key()
            + "; next: outagesim validate "
            + file
            + "\n",
        init.out());

    ScenarioSpec spec = ScenarioLoader.load(file, List.of());
    assertEquals("start", spec.name());
    assertEquals(tenants, spec.tenants().size());
    for (TenantSpec t : spec.tenants()) {
      assertEquals(strategy, t.deployment().strategy(), t.id());
    }

    Cli.Outcome run =
        Cli.run(
            "run",
            file.toString(),
            "--duration",
            "40m",
            "--replications",
            "2",
            "--threads",
            "2",
            "--no-charts",
            "--quiet",
            "--out",
            tmp.resolve("out").toString());
    assertEquals(ExitCode.OK, run.code(), run.toString());
    assertTrue(Files.isRegularFile(tmp.resolve("out/summary.csv")), run.toString());
  }

  @Test
  void anExistingFileIsKeptUnlessForced() throws Exception {
    Path file = Cli.write(tmp, "mine.yaml", "name: mine\n");
    Cli.Outcome refused = Cli.run("init", "mine", "--out", file.toString());
    assertEquals(ExitCode.BAD_INPUT, refused.code(), refused.toString());
    assertEquals(file + ": exists; give --force to replace it\n", refused.err());
    assertEquals("name: mine\n", Files.readString(file));

    Cli.Outcome forced = Cli.run("init", "mine", "--out", file.toString(), "--force");
    assertEquals(ExitCode.OK, forced.code(), forced.toString());
    assertTrue(Files.readString(file).contains("\nname: mine\n"));
    assertEquals(List.of(file), listFolder());
  }

  @Test
  void fileIsCreatedLikeAnyOtherFileOfTheUserWithNoTemporaryLeft() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = tmp.resolve("perm.yaml");
    assertEquals(ExitCode.OK, Cli.run("init", "perm", "--out", file.toString()).code());
    Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
    assertEquals(
        PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
        "permissions follow the umask");
    assertEquals(List.of(file, plain), listFolder());
  }

  @Test
  void badNameTenantsAndStrategyAreUsageErrors() {
    Path file = tmp.resolve("x.yaml");
    Cli.Outcome name = Cli.run("init", "my shop", "--out", file.toString());
    assertEquals(ExitCode.BAD_INPUT, name.code(), name.toString());
    assertTrue(
        name.err()
            .startsWith(
                "NAME: must contain only letters, digits, '_', '.' and '-', got 'my shop'\n"),
        name.toString());
    Cli.Outcome tenants = Cli.run("init", "x", "--tenants", "0", "--out", file.toString());
    assertEquals(ExitCode.BAD_INPUT, tenants.code(), tenants.toString());
    assertTrue(
        tenants.err().startsWith("--tenants: must be a positive integer, got 0\n"),
        tenants.toString());
    Cli.Outcome strategy =
        Cli.run("init", "x", "--strategy", "active_active", "--out", file.toString());
    assertEquals(ExitCode.BAD_INPUT, strategy.code(), strategy.toString());
    assertTrue(
        strategy
            .err()
            .startsWith(
                "Invalid value for option '--strategy': expected one of single-region,"
                    + " active-passive, active-active, got 'active_active'\n"),
        strategy.toString());
    assertTrue(!Files.exists(file));
  }

  @Test
  void aFolderIsNotAFileToWrite() {
    Cli.Outcome o = Cli.run("init", "x", "--out", tmp.toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals(tmp + ": is a folder; give a file name with --out\n", o.err());
  }

  private List<Path> listFolder() throws Exception {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.sorted().toList();
    }
  }
}
