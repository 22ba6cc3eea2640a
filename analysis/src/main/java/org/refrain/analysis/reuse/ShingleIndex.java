package org.refrain.analysis.reuse;

import java.util.Arrays;

/**
 * Postings of shingle hashes: for each 64-bit shingle, the (target, position) pairs where it was
 * added, newest first. Open addressing over primitive arrays, so a corpus of millions of words
 * costs tens of bytes per posting rather than a boxed map entry.
 *
 * <p>A key holds at most {@code cap} postings; later additions are dropped and counted. Lookup is
 * O(1 + postings of the key), so the cap bounds the work per word of a letter.
 */
final class ShingleIndex {

  private static final int NONE = -1;

  private final int cap;
  private long[] keys;
  private int[] heads;
  private int[] counts;
  private boolean[] used;
  private int size;

  private int[] targets = new int[1024];
  private int[] positions = new int[1024];
  private int[] next = new int[1024];
  private int postings;
  private long dropped;

  ShingleIndex(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be >= 1: " + cap);
    }
    this.cap = cap;
    allocate(1 << 12);
  }

  /** Adds a posting unless the key already holds {@code cap}; returns whether it was added. */
  boolean add(long key, int target, int position) {
    int slot = slot(key);
    if (!used[slot]) {
      used[slot] = true;
      keys[slot] = key;
      heads[slot] = NONE;
      size++;
    }
    if (counts[slot] >= cap) {
      dropped++;
      return false;
    }
    if (postings == targets.length) {
      int n = postings * 2;
      targets = Arrays.copyOf(targets, n);
      positions = Arrays.copyOf(positions, n);
      next = Arrays.copyOf(next, n);
    }
    targets[postings] = target;
    positions[postings] = position;
    next[postings] = heads[slot];
    heads[slot] = postings;
    postings++;
    counts[slot]++;
    if (size * 2 > keys.length) {
      grow();
    }
    return true;
  }

  /** The first posting of {@code key}, or -1; walk on with {@link #next(int)}. */
  int first(long key) {
    int slot = slot(key);
    return used[slot] ? heads[slot] : NONE;
  }

  int next(int posting) {
    return next[posting];
  }

  int target(int posting) {
    return targets[posting];
  }

  int position(int posting) {
    return positions[posting];
  }

  /** Postings refused because their key was full: common phrases, not evidence of reuse. */
  long dropped() {
    return dropped;
  }

  int postings() {
    return postings;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int slot = (int) (mix(key) & mask);
    while (used[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    heads = new int[capacity];
    counts = new int[capacity];
    used = new boolean[capacity];
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    int[] oldCounts = counts;
    boolean[] oldUsed = used;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        int slot = slot(oldKeys[i]);
        used[slot] = true;
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  /** Murmur3's 64-bit finaliser: spreads shingle hashes over the table. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
