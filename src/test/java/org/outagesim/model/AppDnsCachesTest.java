package org.outagesim.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AppDnsCachesTest {

  @Test
  void anEntryLivesFromItsLookupUntilItExpires() {
    AppDnsCaches c = new AppDnsCaches(2, 1, new double[] {0.0, 0.0});
    c.store(0, 0, true, 120.0, 130.0);
    assertFalse(c.isFresh(0, 0, 101.0), "a lookup made before the answer was stored cannot see it");
    assertTrue(c.isFresh(0, 0, 120.0));
    assertTrue(c.cachedFailure(0, 0));
    assertFalse(c.isFresh(0, 0, 130.0));
    assertFalse(c.isFresh(1, 0, 125.0), "entries are per instance");
  }

  @Test
  void warmEntriesLiveFromTheStart() {
    AppDnsCaches c = new AppDnsCaches(1, 2, new double[] {10.0, 20.0});
    assertTrue(c.isFresh(0, 0, 0.0));
    assertFalse(c.isFresh(0, 0, 10.0));
    assertTrue(c.isFresh(0, 1, 19.9));
  }
}
