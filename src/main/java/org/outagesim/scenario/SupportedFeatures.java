package org.outagesim.scenario;

import java.util.List;
import org.outagesim.model.spec.DeploymentSpec.Strategy;

/**
 * What the format describes but this version of the simulator does not yet run. The reader
 * parses and validates these parts fully, then rejects them here; enabling a feature means
 * deleting its entry below.
 */
final class SupportedFeatures {

  /** Fault types of the format that have no model yet. */
  static final List<String> FAULT_TYPES_NOT_YET =
      List.of("authoritative-dns-failure", "record-removal", "capacity-loss", "latency");

  private SupportedFeatures() {}

  /** Reports a fault type of the format that this version cannot simulate. */
  static void rejectFaultType(Field type, String name) {
    type.problem("fault type '" + name + "' is not supported by this version");
  }

  /** Reports a deployment strategy that this version cannot simulate. */
  static void checkStrategy(Field strategy, Strategy value) {
    if (value != Strategy.SINGLE_REGION) {
      strategy.problem("'" + value.key() + "' is not supported by this version; use single-region");
    }
  }
}
