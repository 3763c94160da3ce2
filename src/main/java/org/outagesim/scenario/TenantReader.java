package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outagesim.model.spec.CircuitBreakerSpec;
import org.outagesim.model.spec.CostSpec;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.InstanceReplacementSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.model.spec.TenantSpec.CapacitySpec;
import org.outagesim.model.spec.TenantSpec.ClientSpec;
import org.outagesim.model.spec.TenantSpec.InternalDnsSpec;
import org.outagesim.model.spec.TenantSpec.SessionSpec;
import org.outagesim.model.spec.TenantSpec.TrafficSpec;
import org.outagesim.model.spec.TenantSpec.UserSpec;

/**
 * Reads {@code tenants} and expands {@code count}: a tenant with {@code count: N > 1} becomes
 * {@code id-1 .. id-N} with identical settings. Ids must be unique after expansion; a clash is
 * reported at the {@code id} of the later tenant.
 */
final class TenantReader {
  /** One of {@code internalDns.names}. */
  private static final Shape NAME = Shape.leaf(new Value.Text(null), "A dependency name.");

  private final Set<String> profiles;
  private final DeploymentReader deployments;
  private final double defaultSlo;
  private final Map<String, Integer> usedIds = new HashMap<>();

  /**
   * @param defaultSlo the SLO of tenants that set none (the scenario's {@code slo})
   */
  TenantReader(Set<String> profiles, RegionNames regions, double defaultSlo) {
    this.profiles = profiles;
    this.deployments = new DeploymentReader(regions);
    this.defaultSlo = defaultSlo;
  }

  /** Every tenant of the list, expanded, in file order. */
  List<TenantSpec> read(Section top) {
    Field list = top.field("tenants").required();
    List<List<TenantSpec>> perEntry = top.list("tenants", this::expanded);
    if (list.node() instanceof Node.Sequence seq && seq.items().isEmpty()) {
      list.problem("must list at least one tenant");
    }
    List<TenantSpec> out = new ArrayList<>();
    perEntry.forEach(out::addAll);
    return out;
  }

  private List<TenantSpec> expanded(Section t, int index) {
    Field idField = t.field("id");
    String id = Ids.read(idField);
    int count = t.field("count").intValue(1);
    TenantSpec spec = tenant(t, id);
    if (id == null) {
      return List.of();
    }
    List<TenantSpec> out = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      String expandedId = count == 1 ? id : id + "-" + n;
      out.add(spec.withId(expandedId));
    }
    checkUnique(out, idField, index);
    return out;
  }

  private void checkUnique(List<TenantSpec> tenants, Field idField, int index) {
    boolean reported = false;
    for (TenantSpec t : tenants) {
      Integer first = usedIds.putIfAbsent(t.id(), index);
      if (first != null && !reported) {
        idField.problem("tenant id '" + t.id() + "' is already used by tenants[" + first + "]");
        reported = true;
      }
    }
  }

  private TenantSpec tenant(Section t, String id) {
    return new TenantSpec(
        id,
        t.field("sector").string("other"),
        traffic(t.section("traffic")),
        session(t.section("session")),
        client(t.section("client")),
        user(t.section("user")),
        capacity(t.section("capacity")),
        internalDns(t.section("internalDns")),
        deployments.read(t.section("deployment")),
        provider(t.section("dns").field("provider")),
        SloReader.read(t.field("slo"), defaultSlo),
        cost(t.section("cost")),
        instanceReplacement(t.section("instanceReplacement")),
        circuitBreaker(t.section("circuitBreaker")));
  }

  private static InstanceReplacementSpec instanceReplacement(Section s) {
    if (s.isAbsent()) {
      return null;
    }
    return new InstanceReplacementSpec(
        s.field("interval").duration(InstanceReplacementSpec.DEFAULT_INTERVAL_S),
        s.field("threshold").intValue(InstanceReplacementSpec.DEFAULT_THRESHOLD),
        s.field("bootTime").duration(InstanceReplacementSpec.DEFAULT_BOOT_TIME_S));
  }

  private static CircuitBreakerSpec circuitBreaker(Section s) {
    if (s.isAbsent()) {
      return null;
    }
    double failureRate = s.field("failureRate").number(CircuitBreakerSpec.DEFAULT_FAILURE_RATE);
    Field minimumField = s.field("minimumCalls");
    int window = s.field("window").intValue(CircuitBreakerSpec.DEFAULT_WINDOW);
    int minimum = minimumField.intValue(Math.min(window, CircuitBreakerSpec.DEFAULT_MINIMUM_CALLS));
    if (minimum > window) {
      minimumField.problem(
          "must not exceed window (" + window + "): the window holds the calls recorded");
    }
    return new CircuitBreakerSpec(
        failureRate,
        window,
        minimum,
        s.field("openFor").duration(CircuitBreakerSpec.DEFAULT_OPEN_FOR_S),
        s.field("halfOpenCalls").intValue(CircuitBreakerSpec.DEFAULT_HALF_OPEN_CALLS));
  }

  private static CostSpec cost(Section s) {
    if (s.isAbsent()) {
      return CostSpec.NONE;
    }
    return new CostSpec(
        s.field("serverHour").number(0),
        s.field("regionMonthly").number(0),
        s.field("healthCheckMonthly").number(0));
  }

  private static String provider(Field f) {
    String provider = f.string(TenantSpec.DEFAULT_PROVIDER);
    if (provider.isBlank()) {
      f.problem("must not be empty");
      return TenantSpec.DEFAULT_PROVIDER;
    }
    return provider;
  }

  private TrafficSpec traffic(Section s) {
    double rate = s.field("sessionsPerSecond").required().number(1);
    Field profileField = s.field("profile");
    String profile = profileField.string(null);
    if (profile != null && !profiles.contains(profile)) {
      profileField.problem(ClosestName.unknown("profile", profile, profiles));
    }
    return new TrafficSpec(rate, profile);
  }

  private static SessionSpec session(Section s) {
    return new SessionSpec(
        s.field("pages").intValue(5),
        s.field("thinkTime").duration(10),
        s.field("conversion").number(0.034),
        s.field("orderValue").number(100));
  }

  private static ClientSpec client(Section s) {
    return new ClientSpec(
        s.field("retries").intValue(2),
        s.field("backoff").duration(0.5),
        s.field("backoffCap").duration(20),
        s.field("timeout").duration(10));
  }

  private static UserSpec user(Section s) {
    return new UserSpec(
        s.field("retries").intValue(1),
        s.field("retryDelay").duration(30),
        s.field("returnProbability").number(0),
        s.field("returnDelay").duration(7200));
  }

  private static CapacitySpec capacity(Section s) {
    return new CapacitySpec(
        s.field("servers").intValue(100),
        DelayReader.read(
            s, "serviceTime", DelayReader.Plain.EXPONENTIAL, new DelaySpec.Exponential(0.1)),
        s.field("queueLimit").intValue(1000));
  }

  /**
   * With {@code names}, a request resolves each name once: {@code lookups} defaults to their
   * number.
   */
  private static InternalDnsSpec internalDns(Section s) {
    Field namesField = s.field("names");
    List<String> names = names(namesField);
    int listed = namesField.node() instanceof Node.Sequence seq ? seq.items().size() : 0;
    Field lookupsField = s.field("lookups");
    int lookups = lookupsField.intValue(listed > 0 ? listed : 1);
    if (listed > 0 && lookups != listed) {
      lookupsField.problem(
          "must equal the number of names ("
              + listed
              + "), got "
              + lookups
              + "; leave lookups out to resolve each name once");
    }
    return new InternalDnsSpec(
        lookups,
        s.field("instances").intValue(10),
        s.field("cacheTtl").duration(30),
        s.field("negativeTtl").duration(10),
        names,
        s.field("attempts").intValue(InternalDnsSpec.DEFAULT_ATTEMPTS),
        s.field("timeout").duration(Double.NaN));
  }

  /** The dependency names, non-empty and unique; an empty list when absent or wrong. */
  private static List<String> names(Field f) {
    if (!f.present()) {
      return List.of();
    }
    if (!(f.node() instanceof Node.Sequence seq)) {
      f.problem("expected a list of names like [dynamodb, auth], got " + f.node().describe());
      return List.of();
    }
    if (seq.items().isEmpty()) {
      f.problem(
          "expected at least one name; leave names out if the tenant's dependencies are its own");
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < seq.items().size(); i++) {
      Field element = f.element(seq.items().get(i), i, NAME);
      String name = element.string(null);
      if (!element.present()) {
        element.problem("expected a name, got nothing");
      } else if (name != null) {
        if (name.isBlank()) {
          element.problem("must not be empty");
        } else if (seen.putIfAbsent(name, i) != null) {
          element.problem("duplicate name '" + name + "' (also names[" + seen.get(name) + "])");
        }
      }
    }
    return List.copyOf(seen.keySet());
  }
}
