package org.outagesim.model.spec;

/**
 * A circuit breaker in each app instance around the calls to its dependencies (a count-based
 * Resilience4j {@code CircuitBreaker}). While closed it records the outcome of the last {@code
 * window} calls; once at least {@code minimumCalls} are recorded and the share that failed reaches
 * {@code failureRate}, it opens: every call fails at once, without a lookup, for {@code openForS}.
 * Then it lets {@code halfOpenCalls} trial calls through; if their failure share reaches {@code
 * failureRate} it opens again, otherwise it closes with an empty window.
 *
 * @param failureRate share of failed calls that opens it (Resilience4j default 50%)
 * @param window calls recorded while closed (default 100)
 * @param minimumCalls calls recorded before it may open (default 100)
 * @param openForS how long it stays open ({@code waitDurationInOpenState}, default 60 s)
 * @param halfOpenCalls trial calls when half open (default 10)
 */
public record CircuitBreakerSpec(
    double failureRate, int window, int minimumCalls, double openForS, int halfOpenCalls)
    implements java.io.Serializable {
  public static final double DEFAULT_FAILURE_RATE = 0.5;
  public static final int DEFAULT_WINDOW = 100;
  public static final int DEFAULT_MINIMUM_CALLS = 100;
  public static final double DEFAULT_OPEN_FOR_S = 60.0;
  public static final int DEFAULT_HALF_OPEN_CALLS = 10;
}
