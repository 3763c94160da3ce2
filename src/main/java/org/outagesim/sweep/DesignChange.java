package org.outagesim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.outagesim.model.spec.DesignSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * Switches the named tenants to a design: each keeps its primary, and takes the design's secondary,
 * else its own, else {@code secondary} (see {@link DesignSpec#deploymentFor}). The other tenants
 * are left as they are.
 *
 * @param tenants ids of the tenants to switch
 * @param design the design
 * @param secondary the secondary region the comparison names, or {@code null}
 */
public record DesignChange(Set<String> tenants, DesignSpec design, String secondary)
    implements ScenarioChange {

  public DesignChange {
    tenants = Set.copyOf(tenants);
  }

  @Override
  public ScenarioSpec apply(ScenarioSpec base) {
    List<TenantSpec> out = new ArrayList<>();
    for (TenantSpec t : base.tenants()) {
      out.add(
          tenants.contains(t.id())
              ? t.withDeployment(design.deploymentFor(t.deployment(), secondary))
              : t);
    }
    return base.withTenants(out);
  }
}
