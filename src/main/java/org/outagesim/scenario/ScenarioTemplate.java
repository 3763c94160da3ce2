package org.outagesim.scenario;

import java.math.BigDecimal;
import java.util.List;
import org.outagesim.model.spec.DeploymentSpec.Strategy;

/**
 * The commented scenario that {@code outagesim init} writes for a user to start from: every section
 * of the format with its most used keys, each explained in a comment, and values that run in
 * seconds. Tenants are taken in turn from three kinds (a shop, a bank, a news site, with servers
 * sized to be about half busy at their traffic) and numbered from the second round on ({@code
 * shop}, {@code bank}, {@code news}, {@code shop-2}, …). One fault, a 30-minute failure of the
 * primary region's internal DNS resolver, shows what the chosen strategy does. The text depends
 * only on the arguments, so the annotated example at the top of {@code docs/scenario-format.md} can
 * be checked against it.
 */
public final class ScenarioTemplate {
  private static final String PRIMARY = "ap-northeast-2";
  private static final String SECONDARY = "ap-northeast-1";

  /**
   * One kind of tenant: traffic, sessions and servers that fit each other.
   *
   * @param note how the servers were sized, shown next to them
   */
  private record Kind(
      String id,
      String sector,
      int sessionsPerSecond,
      int pages,
      String thinkTime,
      double conversion,
      int orderValue,
      int servers,
      String serviceTime,
      String note) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "shop",
              "ecommerce",
              10,
              5,
              "10s",
              0.034,
              50,
              8,
              "80ms",
              "10 sessions/s x 5 pages x 80 ms: 4 of 8 servers busy"),
          new Kind(
              "bank",
              "finance",
              5,
              4,
              "15s",
              0.2,
              200,
              4,
              "100ms",
              "5 sessions/s x 4 pages x 100 ms: 2 of 4 servers busy"),
          new Kind(
              "news",
              "media",
              20,
              3,
              "20s",
              0.0,
              0,
              6,
              "50ms",
              "20 sessions/s x 3 pages x 50 ms: 3 of 6 servers busy"));

  private ScenarioTemplate() {}

  /** Whether {@code name} can be a scenario's name (letters, digits, '_', '.' and '-'). */
  public static boolean isValidName(String name) {
    return Ids.isValid(name);
  }

  /**
   * The scenario text.
   *
   * @param name the scenario's name, {@link #isValidName valid}
   * @param tenants how many tenants, at least 1
   * @param strategy the deployment of every tenant
   */
  public static String text(String name, int tenants, Strategy strategy) {
    if (!isValidName(name) || tenants < 1) {
      throw new IllegalArgumentException("name '" + name + "', tenants " + tenants);
    }
    StringBuilder out = new StringBuilder();
    header(out, name, tenants, strategy);
    regions(out, strategy);
    dns(out);
    faults(out);
    profiles(out);
    out.append(
        """

        # Tenants: the services whose users are simulated. Every key is optional except id,
        # traffic.sessionsPerSecond and deployment.primary; docs/scenario-format.md lists them all.
        tenants:
        """);
    for (int i = 0; i < tenants; i++) {
      tenant(out, i, strategy);
    }
    return out.toString();
  }

  private static void header(StringBuilder out, String name, int tenants, Strategy strategy) {
    out.append("# ")
        .append(name)
        .append(": a scenario to start from, written by `outagesim init`.\n");
    out.append(
        """
        #
        #   outagesim validate FILE    check it (every problem at once, with its line)
        #   outagesim run FILE         run it; the summary and the folder with report.html follow
        #
        # Durations need a unit (250ms, 30s, 5m, 1h30m, 2d); times of day are quoted ("08:30").
        # Every key is described in docs/scenario-format.md.
        """);
    out.append("name: ").append(name).append('\n');
    out.append("description: ")
        .append(tenants)
        .append(tenants == 1 ? " tenant, " : " tenants, ")
        .append(strategy.key())
        .append(", the primary region's internal resolver fails for 30 min\n");
    out.append(
        """
        start: 2025-03-04T09:00:00+09:00   # wall-clock time of simulation time 0, with its offset
        duration: 2h                      # the simulated horizon
        replications: 10                  # independent runs; results show their mean and 95% interval
        seed: 1                           # the same seed gives the same results, whatever the threads
        """);
  }

  private static void regions(StringBuilder out, Strategy strategy) {
    out.append(
        """

        # Regions: each has its own internal DNS resolver, which the tenants' servers use to find
        # their dependencies (databases, queues, other services).
        regions:
        """);
    out.append("  - id: ").append(PRIMARY).append('\n');
    if (strategy != Strategy.SINGLE_REGION) {
      out.append("  - id: ").append(SECONDARY).append('\n');
    }
    out.append(
        "    # resolver: { capacity: 5000, timeout: 5s }   # lookups/s it can answer (default: unlimited)\n");
  }

  private static void dns(StringBuilder out) {
    out.append(
        """

        # The public DNS path from users to the tenants' names.
        dns:
          resolvers: 500        # recursive resolvers the users are spread over
          clientCacheTtl: 0s    # browser/OS cache; 0s turns it off
          negativeTtl: 5m       # how long an empty answer (NXDOMAIN) is cached
        """);
  }

  private static void faults(StringBuilder out) {
    out.append(
        """

        # Faults: what goes wrong and when. Other types: resolver-capacity-loss, region-outage,
        # authoritative-dns-failure, record-removal, capacity-loss, latency (see docs/scenario-format.md).
        faults:
          - type: region-resolver-failure
        """);
    out.append("    region: ").append(PRIMARY).append('\n');
    out.append(
        """
            at: "09:30"           # a time of day on the start's date, or an offset such as 30m
            duration: 30m
            mode: servfail        # servfail, timeout or nxdomain
            errorRate: 1.0        # share of lookups that fail; steps like [[0m, 0.3], [10m, 1.0]] also work
        """);
  }

  private static void profiles(StringBuilder out) {
    out.append(
        """

        # Profiles: traffic over the day as 24 hourly multipliers, named by tenants' traffic.profile.
        # Without one, a tenant's traffic is constant.
        # profiles:
        #   weekday: { hourly: [0.3, 0.2, 0.2, 0.2, 0.3, 0.5, 0.8, 1.0, 1.2, 1.3, 1.3, 1.4,
        #                       1.4, 1.3, 1.3, 1.3, 1.3, 1.4, 1.5, 1.6, 1.5, 1.2, 0.8, 0.5] }
        """);
  }

  /**
   * One tenant; the first carries the comments that explain its keys, the others only the sizing of
   * their servers, so the file stays short to read.
   */
  private static void tenant(StringBuilder out, int index, Strategy strategy) {
    Kind k = KINDS.get(index % KINDS.size());
    int round = index / KINDS.size() + 1;
    boolean first = index == 0;
    out.append("  - id: ").append(round == 1 ? k.id() : k.id() + "-" + round).append('\n');
    out.append("    sector: ")
        .append(k.sector())
        .append(first ? "   # groups tenants in the report\n" : "\n");
    line(
        out,
        first,
        "traffic: { sessionsPerSecond: " + k.sessionsPerSecond() + " }",
        "new sessions per second; add profile: weekday to follow a profile");
    line(
        out,
        first,
        "session: { pages: "
            + k.pages()
            + ", thinkTime: "
            + k.thinkTime()
            + ", conversion: "
            + decimal(k.conversion())
            + ", orderValue: "
            + k.orderValue()
            + " }",
        "requests per session, pause between them, share that buys, value of a purchase");
    line(
        out,
        first,
        "client: { retries: 2, backoff: 500ms, timeout: 10s }",
        "automatic retries, as SDKs do");
    line(
        out,
        first,
        "user: { retries: 1, retryDelay: 30s, returnProbability: 0.2, returnDelay: 1h }",
        "people retry by hand, some come back later");
    line(
        out,
        true,
        "capacity: { servers: "
            + k.servers()
            + ", serviceTime: "
            + k.serviceTime()
            + ", queueLimit: 500 }",
        k.note());
    line(
        out,
        first,
        "internalDns: { lookups: 2, instances: 10, cacheTtl: 30s, negativeTtl: 10s }",
        "dependency lookups per request through the region's resolver, cached per instance");
    deployment(out, strategy, first);
  }

  private static void deployment(StringBuilder out, Strategy strategy, boolean annotated) {
    out.append("    deployment:\n");
    line(
        out,
        annotated,
        "  strategy: " + strategy.key(),
        "single-region, active-passive or active-active");
    out.append("      primary: ").append(PRIMARY).append('\n');
    if (strategy != Strategy.SINGLE_REGION) {
      out.append("      secondary: ").append(SECONDARY).append('\n');
    }
    line(
        out,
        annotated,
        "  ttl: 60s",
        "TTL of the tenant's public DNS record"
            + (strategy == Strategy.SINGLE_REGION
                ? ""
                : "; moving traffic waits for cached answers to expire"));
    if (strategy == Strategy.SINGLE_REGION) {
      return;
    }
    if (annotated) {
      out.append(
          strategy == Strategy.ACTIVE_PASSIVE
              ? "      # The health check moves traffic to the secondary after `threshold` failed probes.\n"
              : "      # Both regions serve; the health check takes an unhealthy one out of the answer.\n");
      out.append(
          """
                # deep: the probe exercises the request path, internal DNS included; a shallow
                # probe (deep: false) sees an endpoint that is up and never fails over.
          """);
    }
    out.append("      healthCheck: { interval: 30s, threshold: 3, deep: true }\n");
    if (annotated && strategy == Strategy.ACTIVE_PASSIVE) {
      out.append(
          "      # standby: { capacity: 0.3, scaleUpTime: 10m }   # a smaller warm standby\n");
    }
  }

  /**
   * {@code key: value} at a tenant's indentation, with the comment when asked for: after the value,
   * or on the line above when both would not fit in 100 characters.
   */
  private static void line(StringBuilder out, boolean withComment, String text, String comment) {
    String indent = text.startsWith("  ") ? "      " : "    ";
    if (!withComment) {
      out.append("    ").append(text).append('\n');
    } else if (4 + text.length() + 5 + comment.length() <= 100) {
      out.append("    ").append(text).append("   # ").append(comment).append('\n');
    } else {
      out.append(indent)
          .append("# ")
          .append(comment)
          .append('\n')
          .append("    ")
          .append(text)
          .append('\n');
    }
  }

  /** A share as written in YAML, without a trailing {@code .0}. */
  private static String decimal(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
