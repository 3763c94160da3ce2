package org.outagesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.scenario.ScenarioException;
import org.outagesim.scenario.ScenarioLoader;

/**
 * A scenario file named on the command line: checked to be a readable regular file before the
 * loader sees it (so a missing file or a folder is a one-line message, not a parse error), and
 * hashed for the manifest.
 *
 * @param file the path as the user wrote it
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record ScenarioInput(Path file, String sha256) {

  /** Reads and hashes {@code file}. */
  public static ScenarioInput read(Path file) throws BadInputException {
    if (!Files.exists(file)) {
      throw new BadInputException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": is a folder; expected a scenario file (.yaml)");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return new ScenarioInput(
          file, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Loads, overrides and validates the scenario. */
  public ScenarioSpec load(List<String> overrides) throws ScenarioException {
    return ScenarioLoader.load(file, overrides);
  }

  /**
   * Loads, overrides and validates the scenario, then applies the overrides that options stand for
   * (option as typed to {@code path=value}, in order), whose problems name the option.
   */
  public ScenarioSpec load(List<String> overrides, Map<String, String> options)
      throws ScenarioException {
    return ScenarioLoader.load(file, overrides, options);
  }

  /**
   * As {@link #load(List, Map)} for a run on {@code threads} worker threads (the memory check
   * counts them).
   */
  public ScenarioSpec load(List<String> overrides, Map<String, String> options, int threads)
      throws ScenarioException {
    return ScenarioLoader.load(file, overrides, options, threads);
  }
}
