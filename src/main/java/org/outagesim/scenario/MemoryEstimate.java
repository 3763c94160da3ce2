package org.outagesim.scenario;

import java.util.Locale;
import java.util.Optional;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.ProfileSpec.ProfileEvent;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;

/**
 * A rough upper estimate of the heap one replication needs, so that a scenario too large for the
 * JVM is refused up front instead of failing with {@code OutOfMemoryError} hours into a run. Per
 * tenant it counts the public resolver cache entries (one per resolver), the app instances'
 * internal cache entries, and the sessions alive at the peak arrival rate (Little's law: rate times
 * how long a session lives, counting every attempt as a full client timeout).
 */
public final class MemoryEstimate {
  static final long PUBLIC_CACHE_ENTRY_BYTES = 64;
  static final long INTERNAL_CACHE_ENTRY_BYTES = 48;
  static final long SESSION_BYTES = 200;

  /** Share of the maximum heap the replications running at once may take. */
  static final double HEAP_SHARE = 0.8;

  private static final double GIB = 1024.0 * 1024 * 1024;

  private MemoryEstimate() {}

  /** Bytes one replication of the scenario needs. */
  public static double bytesPerReplication(ScenarioSpec spec) {
    double bytes = 0;
    for (TenantSpec t : spec.tenants()) {
      bytes += (double) spec.dns().resolvers() * PUBLIC_CACHE_ENTRY_BYTES;
      bytes +=
          (double) t.internalDns().instances()
              * t.internalDns().lookups()
              * INTERNAL_CACHE_ENTRY_BYTES;
      bytes += peakSessions(spec, t) * SESSION_BYTES;
    }
    return bytes;
  }

  static double peakSessions(ScenarioSpec spec, TenantSpec t) {
    ProfileSpec profile =
        t.traffic().profile() == null ? null : spec.profiles().get(t.traffic().profile());
    double peakRate =
        t.traffic().sessionsPerSecond() * (profile == null ? 1.0 : peakMultiplier(profile));
    int attempts = (1 + t.client().retries()) * (1 + t.user().retries());
    double lifetimeS =
        t.session().pages() * t.session().thinkTimeS() + t.client().timeoutS() * attempts;
    return peakRate * lifetimeS;
  }

  /** The largest multiplier the profile reaches: its top hour times the events active at once. */
  static double peakMultiplier(ProfileSpec p) {
    double hourly = p.hourly().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
    double events = 1.0;
    for (ProfileEvent e : p.events()) {
      double product = 1.0;
      for (ProfileEvent other : p.events()) {
        if (e.atS() >= other.atS() && e.atS() < other.atS() + other.durationS()) {
          product *= other.multiplier();
        }
      }
      events = Math.max(events, product);
    }
    return hourly * events;
  }

  /**
   * The complaint when {@code threads} replications at once would need more than {@value
   * #HEAP_SHARE} of {@code maxHeapBytes}, or empty when they fit.
   */
  static Optional<String> check(ScenarioSpec spec, long maxHeapBytes, int threads) {
    int atOnce = concurrent(spec, threads);
    double needed = bytesPerReplication(spec) * atOnce;
    if (needed <= HEAP_SHARE * maxHeapBytes) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "scenario needs about %.1f GiB of memory for %d %s at once, the JVM has %.1f GiB; give it more"
                + " (OUTAGESIM_JAVA_OPTS=-Xmx%dg ./outagesim ..., or JAVA_TOOL_OPTIONS=-Xmx%dg for java -jar),"
                + " run fewer at once with --threads, or reduce tenants, resolvers or traffic",
            needed / GIB,
            atOnce,
            atOnce == 1 ? "replication" : "replications",
            maxHeapBytes / GIB,
            suggestedHeapGib(needed),
            suggestedHeapGib(needed)));
  }

  /**
   * Replications that run at the same time: one per worker thread, at most the scenario's
   * replications.
   */
  public static int concurrent(ScenarioSpec spec, int threads) {
    return Math.max(1, Math.min(threads, spec.replications()));
  }

  private static long suggestedHeapGib(double neededBytes) {
    return (long) Math.ceil(neededBytes / HEAP_SHARE / GIB);
  }
}
