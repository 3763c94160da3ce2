package org.outagesim.sweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.outagesim.model.spec.DesignPresets;
import org.outagesim.sweep.ComparisonPlan;
import org.outagesim.sweep.DesignChange;

/** Every shipped comparison plans without a problem; the Seoul one as its comments describe. */
class ShippedComparisonsTest {

  @Test
  void everyShippedComparisonPlans() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("scenarios/comparisons"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      ComparisonPlan plan = ComparisonPlanner.fromFile(f, List.of(), null, null);
      assertEquals(plan.designs().size() + 1, plan.sweep().points().size(), f.toString());
    }
  }

  @Test
  void theSeoulComparisonPutsTheSingleRegionTenantsThroughEveryPreset()
      throws IOException, Exception {
    ComparisonPlan plan =
        ComparisonPlanner.fromFile(
            Path.of("scenarios/comparisons/seoul-2018-designs.yaml"), List.of(), null, null);
    assertEquals(List.copyOf(DesignPresets.all().keySet()), plan.designs());
    assertEquals(28, plan.tenants().size());
    assertEquals(0.25, plan.incidentsPerYear(), 0.0);
    assertEquals(DesignPresets.CURRENT, plan.pointNames().get(0));
    assertTrue(
        plan.sweep().points().get(3).change() instanceof DesignChange d
            && d.secondary().equals("ap-northeast-1"));
    assertTrue(
        plan.sweep().baseOverrides().contains("tenants[*].cost.serverHour=159"),
        plan.sweep().baseOverrides().toString());
    assertEquals(ComparisonPlan.KIND, plan.sweep().design(), "the manifest names the plan kind");
  }

  @Test
  void theFrequencyOptionReplacesTheFiles() throws Exception {
    ComparisonPlan plan =
        ComparisonPlanner.fromFile(
            Path.of("scenarios/comparisons/seoul-2018-designs.yaml"), List.of(), null, 2.0);
    assertEquals(2.0, plan.incidentsPerYear(), 0.0);
  }
}
