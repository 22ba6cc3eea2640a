package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variant pairs worth judging: those sharing a blocking key. Keys are an organisation's content
 * words, its letters without spaces, their first and last four letters (to catch a slip at either
 * end), and every acronym, initials and description; a person's name parts (romanised) and
 * neighbouring parts joined. A key shared by more than {@link #MAX_SHARED} variants ("rights",
 * "kim") is too common to suggest anything and yields no pairs, so the work grows with the number
 * of names times the sizes of the rare keys, never with all pairs of names.
 */
final class CandidatePairs {

  static final int MAX_SHARED = 256;

  private CandidatePairs() {}

  /** Candidate pairs as {@code {i, j}} variant ids, {@code i < j}, sorted. */
  static List<int[]> of(List<Variant> variants, NameLexicon lexicon) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (Variant variant : variants) {
      for (String key : keys(variant, lexicon)) {
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(variant.id());
      }
    }
    // Pairs as (i << 32 | j) in a primitive array, sorted and deduplicated: no boxing.
    long[] all = new long[64];
    int size = 0;
    for (List<Integer> ids : postings.values()) {
      if (ids.size() < 2 || ids.size() > MAX_SHARED) {
        continue;
      }
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          if (size == all.length) {
            all = Arrays.copyOf(all, size * 2);
          }
          all[size++] = ((long) ids.get(i) << 32) | ids.get(j);
        }
      }
    }
    Arrays.sort(all, 0, size);
    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      if (k == 0 || all[k] != all[k - 1]) {
        pairs.add(new int[] {(int) (all[k] >>> 32), (int) all[k]});
      }
    }
    return pairs;
  }

  static Set<String> keys(Variant variant, NameLexicon lexicon) {
    Set<String> keys = new LinkedHashSet<>();
    String kind = variant.isPerson() ? "p" : "o";
    keys.add(kind + "c:" + variant.compact());
    if (variant.isPerson()) {
      List<String> parts = variant.words();
      boolean korean = parts.stream().anyMatch(lexicon::isKoreanFamilyName);
      for (int i = 0; i < parts.size(); i++) {
        keys.add("pn:" + lexicon.romanised(parts.get(i)));
        if (korean) {
          keys.add("pn:" + lexicon.givenNameVowels(parts.get(i)));
        }
        if (i + 1 < parts.size()) {
          keys.add("pn:" + parts.get(i) + parts.get(i + 1));
        }
      }
      return keys;
    }
    for (String word : variant.words()) {
      if (word.length() >= 3 && !lexicon.words().isFunctionWord(word)) {
        keys.add("ot:" + word);
      }
    }
    String compact = variant.compact();
    if (compact.length() >= 6) {
      keys.add("op:" + compact.substring(0, 4));
      keys.add("os:" + compact.substring(compact.length() - 4));
    }
    keys.add("oa:" + compact);
    variant.acronyms().forEach(a -> keys.add("oa:" + a));
    variant.initials().forEach(a -> keys.add("oa:" + a));
    variant.descriptions().forEach(d -> keys.add("oa:" + d));
    return keys;
  }
}
