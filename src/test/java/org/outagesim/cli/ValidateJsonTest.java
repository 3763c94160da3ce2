package org.outagesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --json}: the result as one line of JSON on stdout, with the usual exit codes. */
class ValidateJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void validScenarioIsValidWithNoProblems() throws Exception {
    Path f = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Cli.Outcome o = Cli.run("validate", "--json", f.toString());
    assertEquals(ExitCode.OK, o.code(), o.toString());
    assertEquals("", o.err());
    assertEquals(
        "{\"file\":" + JSON.writeValueAsString(f.toString()) + ",\"valid\":true,\"problems\":[]}\n",
        o.out());
  }

  @Test
  void everyProblemIsAnObjectWithFileLinePathAndMessage() throws Exception {
    Path f = Cli.write(tmp, "broken.yaml", Cli.INVALID);
    Cli.Outcome o = Cli.run("validate", "--json", f.toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals("", o.err());
    assertTrue(
        o.out().endsWith("}\n") && o.out().indexOf('\n') == o.out().length() - 1,
        "one line: " + o.out());
    JsonNode root = JSON.readTree(o.out());
    assertEquals(f.toString(), root.get("file").asText());
    assertEquals(false, root.get("valid").asBoolean());
    JsonNode problems = root.get("problems");
    assertEquals(2, problems.size(), o.out());
    JsonNode servers = problems.get(0);
    assertEquals(f.toString(), servers.get("file").asText());
    assertEquals(13, servers.get("line").asInt());
    assertTrue(servers.get("column").isNull(), o.out());
    assertEquals("tenants[0].capacity.servers", servers.get("path").asText());
    assertEquals("must be a positive integer, got -4", servers.get("message").asText());
    assertEquals("tenants[0].deployment.primary", problems.get(1).get("path").asText());
    assertTrue(
        problems.get(1).get("message").asText().startsWith("unknown region 'eu-nowhere-1'"),
        o.out());
  }

  @Test
  void badOverrideHasNoLine() throws Exception {
    Path f = Cli.write(tmp, "small.yaml", Cli.SMALL);
    Cli.Outcome o = Cli.run("validate", "--json", f.toString(), "--set", "tenants[shop].nope=1");
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    JsonNode p = JSON.readTree(o.out()).get("problems").get(0);
    assertEquals("--set", p.get("file").asText());
    assertTrue(p.get("line").isNull(), o.out());
    assertEquals("tenants[shop].nope=1", p.get("path").asText());
  }

  @Test
  void missingFileIsAProblemWithoutLine() throws Exception {
    Path gone = tmp.resolve("gone.yaml");
    Cli.Outcome o = Cli.run("validate", "--json", gone.toString());
    assertEquals(ExitCode.BAD_INPUT, o.code(), o.toString());
    assertEquals("", o.err());
    JsonNode p = JSON.readTree(o.out()).get("problems").get(0);
    assertEquals(gone.toString(), p.get("file").asText());
    assertTrue(p.get("line").isNull(), o.out());
    assertEquals("no such file", p.get("message").asText());
  }
}
