package org.refrain.corpus.split;

import java.util.Arrays;

/**
 * Lists of letter numbers by 64-bit key, in primitive arrays: an open-addressing table of keys to
 * the head of each list, and the lists chained through two int arrays. A {@code HashMap<Long,
 * List<Integer>>} spent more time collecting garbage than looking up once a corpus held a thousand
 * sendings of one text (a million keys of one letter each).
 */
final class Postings {

  private static final int NO_ENTRY = -1;

  private long[] keys = new long[16];
  private int[] heads = filled(16);
  private int used;

  private int[] values = new int[16];
  private int[] next = new int[16];
  private int size;

  /** Adds {@code value} to the list of {@code key}. */
  void add(long key, int value) {
    if (2 * (used + 1) > keys.length) {
      grow();
    }
    int slot = slot(keys, heads, key);
    if (heads[slot] == NO_ENTRY) {
      keys[slot] = key;
      used++;
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, 2 * size);
      next = Arrays.copyOf(next, 2 * size);
    }
    values[size] = value;
    next[size] = heads[slot];
    heads[slot] = size++;
  }

  /** Appends the list of {@code key} to {@code out}; returns its new size. */
  int copyTo(long key, IntArray out) {
    int slot = slot(keys, heads, key);
    for (int e = heads[slot]; e != NO_ENTRY; e = next[e]) {
      out.add(values[e]);
    }
    return out.size();
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  private static int slot(long[] keys, int[] heads, long key) {
    int mask = keys.length - 1;
    int i = (int) (mix(key) & mask);
    while (heads[i] != NO_ENTRY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[2 * oldKeys.length];
    heads = filled(2 * oldKeys.length);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != NO_ENTRY) {
        int slot = slot(keys, heads, oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
      }
    }
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NO_ENTRY);
    return a;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A growable list of ints. */
  static final class IntArray {
    private int[] items = new int[8];
    private int size;

    void add(int v) {
      if (size == items.length) {
        items = Arrays.copyOf(items, 2 * size);
      }
      items[size++] = v;
    }

    int size() {
      return size;
    }

    /** The values ascending, each once. */
    int[] sortedDistinct() {
      int[] a = Arrays.copyOf(items, size);
      Arrays.sort(a);
      int k = 0;
      for (int i = 0; i < a.length; i++) {
        if (k == 0 || a[i] != a[k - 1]) {
          a[k++] = a[i];
        }
      }
      return Arrays.copyOf(a, k);
    }
  }
}
