package org.outagesim.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.DnsSpec;
import org.outagesim.model.spec.RegionSpec;
import org.outagesim.model.spec.ResolverSpec;
import org.outagesim.model.spec.TtlViolationSpec;

/** Reads the shared infrastructure: {@code regions} and the public {@code dns} path. */
final class NetworkReader {

  private NetworkReader() {}

  /** The regions in file order; ids must be present and unique. */
  static List<RegionSpec> regions(Section top) {
    Field list = top.field("regions").required();
    Map<String, Integer> seen = new HashMap<>();
    List<RegionSpec> regions = top.list("regions", (s, i) -> region(s, i, seen));
    if (list.node() instanceof Node.Sequence seq && seq.items().isEmpty()) {
      list.problem("must list at least one region");
    }
    return regions.stream().filter(r -> r.id() != null).toList();
  }

  private static RegionSpec region(Section s, int index, Map<String, Integer> seen) {
    String id = Ids.read(s.field("id"));
    Integer first = id == null ? null : seen.putIfAbsent(id, index);
    if (first != null) {
      s.field("id").problem("duplicate region id '" + id + "' (also regions[" + first + "])");
    }
    Section r = s.section("resolver");
    double capacity = r.field("capacity").number(Double.POSITIVE_INFINITY);
    double timeout = r.field("timeout").duration(ResolverSpec.DEFAULT_TIMEOUT_S);
    double backlog = r.field("backlog").duration(ResolverSpec.DEFAULT_BACKLOG_TIMEOUTS * timeout);
    return new RegionSpec(id, new ResolverSpec(capacity, timeout, backlog));
  }

  static DnsSpec dns(Section d) {
    Section v = d.section("ttlViolation");
    TtlViolationSpec violation =
        new TtlViolationSpec(
            v.field("fraction").number(0),
            DelayReader.read(v, "extra", DelayReader.Plain.CONSTANT, new DelaySpec.Constant(0)));
    return new DnsSpec(
        d.field("resolvers").intValue(500),
        d.field("clientCacheTtl").duration(0),
        d.field("negativeTtl").duration(300),
        violation,
        d.field("serveStale").bool(false),
        d.field("failureTtl").duration(DnsSpec.DEFAULT_FAILURE_TTL_S),
        d.field("timeout").duration(DnsSpec.DEFAULT_TIMEOUT_S));
  }

  static List<String> ids(List<RegionSpec> regions) {
    return regions.stream().map(RegionSpec::id).filter(Objects::nonNull).distinct().toList();
  }
}
