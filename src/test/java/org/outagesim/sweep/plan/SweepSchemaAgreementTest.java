package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep file reader and the committed sweep schema agree on the keys, in both directions. */
class SweepSchemaAgreementTest {

  private static List<String> keys(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.get("properties").fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void readerAndSchemaKnowTheSameKeys() throws IOException {
    JsonNode schema =
        new ObjectMapper().readTree(Files.readString(Path.of("schema/sweep.schema.json")));
    assertEquals(SweepFileReader.KEYS, keys(schema), "top level");
    assertEquals(
        List.copyOf(SweepShape.PRECISION.keySet()),
        keys(schema.at("/properties/precision")),
        "precision");
    assertEquals(
        List.copyOf(SweepShape.HYPERCUBE.keySet()),
        keys(schema.at("/properties/latinHypercube")),
        "latinHypercube");
    List<String> designs = new ArrayList<>();
    schema.get("oneOf").forEach(b -> designs.add(b.get("required").get(0).asText()));
    assertEquals(DesignReader.DESIGN_KEYS, designs, "exactly one design");
  }
}
