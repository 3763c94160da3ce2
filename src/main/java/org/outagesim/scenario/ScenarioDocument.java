package org.outagesim.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.UncertainSpec;

/**
 * A scenario file read once into a tree that remembers every line, to which {@code --set} overrides
 * can be applied any number of times (one per point of a sweep) before it is validated into a
 * {@link ScenarioSpec}. Documents are immutable: {@link #withOverrides} returns a new one and
 * leaves this one as it was.
 *
 * <p>Problems that do not stop reading (duplicate keys, bad overrides) are kept and reported by
 * {@link #toSpec()} together with the validation problems, so the user sees all of them at once.
 */
public final class ScenarioDocument {
  private final String file;
  private final Node.Mapping root;
  private final List<Problem> problems;

  private ScenarioDocument(String file, Node.Mapping root, List<Problem> problems) {
    this.file = file;
    this.root = root;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads and parses a scenario file.
   *
   * @throws ScenarioException when the file cannot be read, is not YAML, is empty, does not hold a
   *     mapping at the top level or is a sweep file ({@link FileKind})
   */
  public static ScenarioDocument read(Path path) throws ScenarioException {
    String file = path.toString();
    String text = readText(path, file);
    ProblemList problems = new ProblemList();
    Node root = new YamlTreeReader(file, problems).read(text);
    if (root == null || (root instanceof Node.Scalar s && s.isNull())) {
      if (problems.isEmpty()) {
        problems.add(new Origin(file, 0), "", "empty file, expected a scenario mapping");
      }
      problems.throwIfAny();
    }
    if (!(root instanceof Node.Mapping mapping)) {
      problems.add(
          root.origin(),
          "",
          "expected a mapping of scenario keys at the top level, got " + root.describe());
      throw new ScenarioException(problems.sorted());
    }
    if (FileKind.of(mapping.entries().keySet()) == FileKind.SWEEP) {
      throw single(file, "this is a sweep file: run `outagesim sweep " + file + "`");
    }
    return new ScenarioDocument(file, mapping, problems.sorted());
  }

  private static String readText(Path path, String file) throws ScenarioException {
    if (Files.isDirectory(path)) {
      throw single(file, "is a directory, expected a scenario file");
    }
    try {
      return Files.readString(path);
    } catch (NoSuchFileException e) {
      throw single(file, "cannot read: no such file");
    } catch (AccessDeniedException e) {
      throw single(file, "cannot read: permission denied");
    } catch (CharacterCodingException e) {
      throw single(file, "cannot read: not UTF-8 text");
    } catch (IOException e) {
      throw single(file, "cannot read: " + e.getMessage());
    }
  }

  private static ScenarioException single(String file, String message) {
    return new ScenarioException(List.of(new Problem(file, 0, "", message)));
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /**
   * A copy with the overrides applied in order. A malformed override is not thrown here but
   * reported by {@link #toSpec()}.
   *
   * @param overrides {@code path=value} texts as given to {@code --set}
   */
  public ScenarioDocument withOverrides(List<String> overrides) {
    Node.Mapping copy = root.copy();
    ProblemList more = new ProblemList();
    more.addAll(problems);
    OverrideApplier applier = new OverrideApplier(more);
    overrides.forEach(o -> applier.apply(copy, o));
    return new ScenarioDocument(file, copy, more.sorted());
  }

  /**
   * A copy with the override that a command-line option stands for ({@code --seed 5} stands for
   * {@code seed=5}). Its problems name the option the user typed ({@code --seed: must be a
   * non-negative integer, got -5}), not {@code --set}.
   *
   * @param option the option as typed, like {@code --seed}
   * @param override the {@code path=value} it stands for
   */
  public ScenarioDocument withOption(String option, String override) {
    Node.Mapping copy = root.copy();
    ProblemList more = new ProblemList();
    more.addAll(problems);
    new OverrideApplier(more).apply(copy, override, Origin.option(option));
    return new ScenarioDocument(file, copy, more.sorted());
  }

  /**
   * Validates the document into a scenario, checking also that a batch of replications (one per
   * available processor) fits into the JVM's heap.
   *
   * @throws ScenarioException with every problem found, ordered by line
   */
  public ScenarioSpec toSpec() throws ScenarioException {
    return toSpec(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * The validated scenario and its assumptions as ranges ({@code uncertain:}), checked against it.
   *
   * @param spec the scenario
   * @param uncertain its uncertain values, in file order
   */
  public record Validated(ScenarioSpec spec, List<UncertainSpec> uncertain) {}

  /**
   * Validates the document like {@link #toSpec()} and returns its uncertain values too.
   *
   * @throws ScenarioException with every problem found, ordered by line
   */
  public Validated validate() throws ScenarioException {
    return validate(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
  }

  /** Like {@link #toSpec()} with a given heap size and worker thread count. */
  ScenarioSpec toSpec(long maxHeapBytes, int threads) throws ScenarioException {
    return validate(maxHeapBytes, threads).spec();
  }

  private Validated validate(long maxHeapBytes, int threads) throws ScenarioException {
    ProblemList list = new ProblemList();
    list.addAll(problems);
    ScenarioSpec spec = ScenarioReader.read(root, list);
    list.throwIfAny();
    List<UncertainSpec> uncertain = UncertainReader.read(root, list);
    list.throwIfAny();
    MemoryEstimate.check(spec, maxHeapBytes, threads)
        .ifPresent(message -> list.add(new Origin(file, 0), "", message));
    list.throwIfAny();
    return new Validated(spec, uncertain);
  }
}
