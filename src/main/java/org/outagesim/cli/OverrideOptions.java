package org.outagesim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --set PATH=VALUE}, repeatable: scenario overrides applied in order before validation. */
public final class OverrideOptions {

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description = {
        "Override a scenario key; repeatable. For example:",
        "tenants[shop].deployment.ttl=10s"
      })
  List<String> sets = new ArrayList<>();

  /** The overrides in command-line order. */
  public List<String> sets() {
    return List.copyOf(sets);
  }
}
