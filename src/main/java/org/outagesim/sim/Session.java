package org.outagesim.sim;

/**
 * One user's visit to a tenant: mutable state owned by the tenant's {@link TenantProcess}.
 *
 * <p>A returning user (one who gave up and came back) keeps the same purchase intent and resolver
 * and starts again from the first page.
 */
final class Session {
  final int resolver;
  final boolean intent;
  boolean returning;
  int page;
  int clientAttempt;
  int userRetry;
  int clientRegion = -1;
  double clientCacheUntil = Double.NEGATIVE_INFINITY;

  Session(int resolver, boolean intent) {
    this.resolver = resolver;
    this.intent = intent;
  }

  /** Whether the current page is the checkout: the last page of a session with intent. */
  boolean atCheckout(int pages) {
    return intent && page == pages - 1;
  }

  /** The current page succeeded: the next page starts with fresh retry budgets. */
  void nextPage() {
    page++;
    clientAttempt = 0;
    userRetry = 0;
  }

  /** The user comes back later and starts over. */
  void comeBack() {
    returning = true;
    page = 0;
    clientAttempt = 0;
    userRetry = 0;
  }
}
