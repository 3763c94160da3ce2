package org.outagesim.sim;

import org.outagesim.model.AppDnsCaches;
import org.outagesim.model.CircuitBreaker;
import org.outagesim.model.spec.CircuitBreakerSpec;

/**
 * One tenant's app instances in one region: each one's DNS cache, its circuit breaker (when the
 * tenant has one) and whether it is in service. A request lands on an instance in service, chosen
 * uniformly; an instance being replaced takes no requests and comes back with a cold cache and a
 * closed breaker.
 */
final class AppInstances {
  private final int n;
  private final AppDnsCaches caches;
  private final CircuitBreaker[] breakers;
  private final int[] inService;
  private final int[] position;
  private int count;

  /**
   * @param n app instances
   * @param caches their DNS caches
   * @param breaker the breaker each instance has, or {@code null} for none
   */
  AppInstances(int n, AppDnsCaches caches, CircuitBreakerSpec breaker) {
    this.n = n;
    this.caches = caches;
    this.breakers = breaker == null ? null : new CircuitBreaker[n];
    this.inService = new int[n];
    this.position = new int[n];
    for (int i = 0; i < n; i++) {
      inService[i] = i;
      position[i] = i;
      if (breakers != null) {
        breakers[i] = new CircuitBreaker(breaker);
      }
    }
    this.count = n;
  }

  AppDnsCaches caches() {
    return caches;
  }

  /** The instance that serves a request, from a uniform draw {@code u}; {@code -1} when none. */
  int pick(double u) {
    if (count == n) {
      return (int) (u * n);
    }
    return count == 0 ? -1 : inService[(int) (u * count)];
  }

  /** The instance's breaker, or {@code null} when the tenant has none. */
  CircuitBreaker breaker(int instance) {
    return breakers == null ? null : breakers[instance];
  }

  int size() {
    return n;
  }

  /** Instances in service. */
  int inServiceCount() {
    return count;
  }

  boolean isInService(int instance) {
    return position[instance] >= 0;
  }

  /** Takes the instance out of service (the load balancer stops sending it requests). */
  void remove(int instance) {
    int p = position[instance];
    if (p < 0) {
      return;
    }
    int last = inService[--count];
    inService[p] = last;
    position[last] = p;
    position[instance] = -1;
  }

  /** Puts a fresh instance in the slot into service: cold cache, closed breaker. */
  void addFresh(int instance) {
    if (position[instance] >= 0) {
      return;
    }
    caches.forget(instance);
    if (breakers != null) {
      breakers[instance].reset();
    }
    inService[count] = instance;
    position[instance] = count++;
  }
}
