package org.refrain.analysis.annotate;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each token text, tag and lemma. Ten thousand letters hold some nine million
 * tokens but a few hundred thousand distinct strings; each token holding its own three strings was
 * most of the heap (a 2 GB heap ran out loading 10,000 cached letters). Process-wide and never
 * emptied: it grows with the vocabulary read, not with the letters. Thread-safe.
 */
final class TokenStrings {

  private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();

  private TokenStrings() {}

  /** The shared string equal to {@code s}, {@code s} itself the first time. */
  static String of(String s) {
    String shared = SHARED.get(s);
    if (shared != null) {
      return shared;
    }
    shared = SHARED.putIfAbsent(s, s);
    return shared == null ? s : shared;
  }
}
