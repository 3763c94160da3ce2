package org.outagesim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.ScenarioSpec;

/**
 * Reads a scenario file, applies {@code --set} overrides and validates the result: the one call the
 * commands need. Sweeps, which validate one file under many overrides, use {@link ScenarioDocument}
 * directly to read the file only once.
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
    return load(file, overrides, Map.of());
  }

  /**
   * Loads and validates a scenario with overrides and the options that stand for overrides.
   *
   * @param options option as typed ({@code --seed}) to the {@code path=value} it stands for,
   *     applied in order after {@code overrides}; their problems name the option
   * @throws ScenarioException with every problem found
   */
  public static ScenarioSpec load(Path file, List<String> overrides, Map<String, String> options)
      throws ScenarioException {
    return load(file, overrides, options, Runtime.getRuntime().availableProcessors());
  }

  /**
   * As {@link #load(Path, List, Map)} for a run on {@code threads} worker threads: the memory check
   * counts the replications that run at once, at most {@code threads} and at most the scenario's
   * replications.
   */
  public static ScenarioSpec load(
      Path file, List<String> overrides, Map<String, String> options, int threads)
      throws ScenarioException {
    ScenarioDocument document = ScenarioDocument.read(file).withOverrides(overrides);
    for (Map.Entry<String, String> option : options.entrySet()) {
      document = document.withOption(option.getKey(), option.getValue());
    }
    return document.toSpec(Runtime.getRuntime().maxMemory(), threads);
  }
}
