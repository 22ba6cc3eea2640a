package org.refrain.reports.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages rendered for one served corpus, by address: a page of a corpus never changes, so it is
 * rendered once (as Solr keeps a query result cache). Least recently used pages go first once the
 * pages held pass {@code budget} characters; a new corpus gets a new cache.
 */
final class PageCache {

  /** Characters of pages held at most (about 64 MB). */
  static final long BUDGET = 32L * 1024 * 1024;

  private final long budget;
  private final LinkedHashMap<String, String> pages = new LinkedHashMap<>(256, 0.75f, true);
  private long size;
  private long hits;
  private long misses;

  PageCache(long budget) {
    this.budget = budget;
  }

  synchronized String get(String address) {
    String page = pages.get(address);
    if (page == null) {
      misses++;
    } else {
      hits++;
    }
    return page;
  }

  synchronized void put(String address, String page) {
    if (page.length() > budget / 4) {
      return; // one page never takes most of the budget
    }
    String old = pages.put(address, page);
    size += page.length() - (old == null ? 0 : old.length());
    Iterator<Map.Entry<String, String>> eldest = pages.entrySet().iterator();
    while (size > budget && eldest.hasNext()) {
      size -= eldest.next().getValue().length();
      eldest.remove();
    }
  }

  /** Pages served from the cache and rendered, for the load test's report. */
  synchronized long[] counts() {
    return new long[] {hits, misses};
  }
}
