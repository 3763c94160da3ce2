package org.outagesim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the real command in-process and captures what it printed. */
final class Cli {

  /** What one command did. */
  record Outcome(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private Cli() {}

  static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Charset cs = StandardCharsets.UTF_8;
    int code = Main.execute(args, new PrintStream(out, true, cs), new PrintStream(err, true, cs));
    return new Outcome(code, out.toString(cs), err.toString(cs));
  }

  /**
   * A small valid scenario: two single-region tenants, one resolver failure in their region, a
   * 30-minute horizon, two replications.
   */
  static final String SMALL =
      """
      name: small
      description: two tenants, one resolver failure
      start: 2018-11-22T08:00:00+09:00
      duration: 30m
      replications: 2
      seed: 7
      regions:
        - id: ap-northeast-2
        - id: ap-northeast-1
      dns:
        resolvers: 20
        clientCacheTtl: 0s
        negativeTtl: 1m
      faults:
        - type: region-resolver-failure
          region: ap-northeast-2
          at: 5m
          duration: 10m
          mode: servfail
          errorRate: 1.0
      tenants:
        - id: shop
          sector: ecommerce
          traffic: { sessionsPerSecond: 2 }
          session: { pages: 3, thinkTime: 5s, conversion: 0.2, orderValue: 50 }
          client: { retries: 1, backoff: 500ms, timeout: 5s }
          user: { retries: 1, retryDelay: 10s, returnProbability: 0.2, returnDelay: 10m }
          capacity: { servers: 20, serviceTime: 50ms, queueLimit: 100 }
          internalDns: { lookups: 1, instances: 4, cacheTtl: 30s, negativeTtl: 5s }
          deployment:
            strategy: single-region
            primary: ap-northeast-2
            ttl: 30s
        - id: blog
          sector: media
          traffic: { sessionsPerSecond: 1 }
          session: { pages: 2, thinkTime: 5s, conversion: 0.1, orderValue: 10 }
          client: { retries: 1, backoff: 500ms, timeout: 5s }
          user: { retries: 0, retryDelay: 10s, returnProbability: 0.0, returnDelay: 10m }
          capacity: { servers: 10, serviceTime: 50ms, queueLimit: 50 }
          internalDns: { lookups: 1, instances: 2, cacheTtl: 30s, negativeTtl: 5s }
          deployment:
            strategy: single-region
            primary: ap-northeast-2
            ttl: 60s
      """;

  /** A scenario with two problems: a negative server count and an unknown region. */
  static final String INVALID =
      """
      name: broken
      start: 2018-11-22T08:00:00+09:00
      duration: 30m
      replications: 2
      seed: 7
      regions:
        - id: ap-northeast-2
      tenants:
        - id: shop
          sector: ecommerce
          traffic: { sessionsPerSecond: 2 }
          session: { pages: 3, thinkTime: 5s, conversion: 0.2, orderValue: 50 }
          capacity: { servers: -4, serviceTime: 50ms, queueLimit: 100 }
          deployment:
            strategy: single-region
            primary: eu-nowhere-1
            ttl: 60s
      """;

  static Path write(Path dir, String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }
}
