package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PostingsTest {

  @Test
  void eachKeyKeepsItsOwnValuesThroughGrowth() {
    Postings postings = new Postings();
    for (int i = 0; i < 1000; i++) {
      postings.add(i % 7 == 0 ? Long.MIN_VALUE : i, i);
      postings.add(-1L, i % 3);
    }
    Postings.IntArray out = new Postings.IntArray();
    postings.copyTo(14, out);
    postings.copyTo(15, out);
    postings.copyTo(123_456_789L, out);
    assertArrayEquals(new int[] {15}, out.sortedDistinct());
    Postings.IntArray minus = new Postings.IntArray();
    postings.copyTo(-1L, minus);
    assertArrayEquals(new int[] {0, 1, 2}, minus.sortedDistinct());
    Postings.IntArray min = new Postings.IntArray();
    postings.copyTo(Long.MIN_VALUE, min);
    assertArrayEquals(new int[] {0, 7, 14}, java.util.Arrays.copyOf(min.sortedDistinct(), 3));
  }
}
