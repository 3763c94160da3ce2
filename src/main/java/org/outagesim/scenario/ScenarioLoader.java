package org.outagesim.scenario;

import java.nio.file.Path;
import java.util.List;
import org.outagesim.model.spec.ScenarioSpec;

/**
 * Reads a scenario file, applies {@code --set} overrides and validates the result: the one call
 * the commands need. Sweeps, which validate one file under many overrides, use
 * {@link ScenarioDocument} directly to read the file only once.
 */
public final class ScenarioLoader {

  private ScenarioLoader() {}

  /**
   * Loads and validates a scenario.
   *
   * @param file the YAML file
   * @param overrides {@code path=value} overrides, applied in order before validation
   * @throws ScenarioException with every problem found
   */
  public static ScenarioSpec load(Path file, List<String> overrides) throws ScenarioException {
    return ScenarioDocument.read(file).withOverrides(overrides).toSpec();
  }
}
