package org.outagesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplicationIdsTest {

  @Test
  void everyRunnerGivesNamesNoOtherRunnerGave() {
    // 200,000 runners: identity hash codes (31 bits) would repeat about nine times among them.
    Set<String> ids = new HashSet<>();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      ids.add(new ReplicationRunner(null).replicationId(0));
    }
    assertEquals(n, ids.size());
  }
}
