package org.refrain.reports.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageCacheTest {

  @Test
  void theLeastRecentlyUsedPagesGoPastTheBudget() {
    PageCache cache = new PageCache(40);
    cache.put("/a", "aaaaaaaaaa");
    cache.put("/b", "bbbbbbbbbb");
    cache.put("/c", "cccccccccc");
    assertEquals("aaaaaaaaaa", cache.get("/a")); // /a is now the most recently used
    cache.put("/d", "dddddddddd");
    cache.put("/e", "eeeeeeeeee"); // 50 characters: the least recently used, /b, goes
    assertNull(cache.get("/b"));
    assertEquals("aaaaaaaaaa", cache.get("/a"));
    assertEquals("eeeeeeeeee", cache.get("/e"));
    cache.put("/huge", "x".repeat(11)); // over a quarter of the budget: never held
    assertNull(cache.get("/huge"));
    assertArrayEquals(new long[] {3, 2}, cache.counts());
  }
}
