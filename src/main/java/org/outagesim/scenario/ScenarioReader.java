package org.outagesim.scenario;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.DesignPresets;
import org.outagesim.model.spec.DesignSpec;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * Reads a whole scenario tree into a {@link ScenarioSpec}, reporting every problem it meets and
 * carrying on with defaults. The returned spec is meaningful only when no problem was reported.
 * Order matters: regions and profiles come first because faults and tenants refer to them, and
 * tenants come before faults because faults name tenants, their DNS providers and dependency names.
 */
final class ScenarioReader {

  private ScenarioReader() {}

  static ScenarioSpec read(Node.Mapping root, ProblemList problems) {
    Section top = Section.of(root, root.origin(), "", ScenarioShape.SCENARIO, problems);
    String name = Ids.read(top.field("name"));
    String description = top.field("description").string("");
    OffsetDateTime start = ScenarioClock.readStart(top.field("start"));
    Field durationField = top.field("duration").required();
    double duration = durationField.duration(Double.POSITIVE_INFINITY);
    int replications = top.field("replications").intValue(10);
    long seed = top.field("seed").integer(1);
    String currency = CurrencyReader.read(top.field("currency"));
    double slo = SloReader.readDefault(top.field("slo"));

    List<RegionSpec> regions = NetworkReader.regions(top);
    RegionNames regionNames = new RegionNames(NetworkReader.ids(regions));
    DnsSpec dns = NetworkReader.dns(top.section("dns"));
    ScenarioClock clock = new ScenarioClock(start);
    Map<String, ProfileSpec> profiles = new ProfileReader(clock).read(top.section("profiles"));
    List<TenantSpec> tenants = new TenantReader(profiles.keySet(), regionNames, slo).read(top);
    FaultReader faultReader =
        new FaultReader(
            clock,
            duration,
            regionNames,
            new FaultTargets(tenants),
            dns.negativeTtlS(),
            regions.stream()
                .filter(r -> r.resolver().capacity() != Double.POSITIVE_INFINITY)
                .map(RegionSpec::id)
                .collect(java.util.stream.Collectors.toSet()));
    List<FaultSpec> faults =
        top.list("faults", faultReader::read).stream().filter(f -> f != null).toList();
    Map<String, DesignSpec> designs = new LinkedHashMap<>();
    Section designSection = top.section("designs");
    DeploymentReader designReader = new DeploymentReader(regionNames);
    for (String designName : designSection.keys()) {
      if (designName.equals(DesignPresets.CURRENT)) {
        designSection
            .field(designName)
            .problem(
                "the name 'current' is reserved for the tenants' deployments as the scenario has"
                    + " them; choose another name");
      }
      designs.put(
          designName, designReader.readDesign(designName, designSection.section(designName)));
    }
    double incidentsPerYear = top.field("incidentsPerYear").number(Double.NaN);
    return new ScenarioSpec(
        name,
        description,
        start,
        duration,
        replications,
        seed,
        regions,
        dns,
        faults,
        profiles,
        tenants,
        currency,
        designs,
        incidentsPerYear);
  }
}
