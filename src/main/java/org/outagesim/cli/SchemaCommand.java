package org.outagesim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import org.outagesim.scenario.ScenarioSchema;
import org.outagesim.sweep.plan.SweepSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outagesim schema [scenario|sweep]}: prints the JSON Schema of scenario files (the default)
 * or sweep files, written from the declarations the validator reads. The repository's {@code
 * schema/} folder holds this output, which editors use through the {@code # yaml-language-server:
 * $schema=} line of each shipped file.
 */
@Command(
    name = "schema",
    description = "Print the JSON Schema of scenario files (default) or sweep files, for editors.")
final class SchemaCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "KIND",
      defaultValue = "scenario",
      description = "scenario (the default) or sweep.")
  String kind;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    JsonNode schema =
        switch (kind) {
          case "scenario" -> ScenarioSchema.scenario();
          case "sweep" -> SweepSchema.sweep();
          default ->
              throw new BadInputException(
                  "schema: unknown kind '" + kind + "'; expected scenario or sweep");
        };
    spec.commandLine().getOut().print(text(schema) + "\n");
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  /** The schema as indented JSON text, the same bytes on every platform. */
  static String text(JsonNode schema) {
    try {
      return JSON.writer(PRETTY).writeValueAsString(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes is always writable", e);
    }
  }
}
