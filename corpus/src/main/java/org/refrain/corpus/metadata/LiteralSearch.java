package org.refrain.corpus.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches a text for a regular expression whose every match starts with one of a few literal words
 * ({@code \b(?:Human Rights Council|HRC)\b} starts with "Human Rights Council" or "HRC"), trying
 * the expression only where {@link String#indexOf(String, int)} finds one of them. A leading {@code
 * \b} costs two character-class look-ups at every position of a plain search, which made naming the
 * UN body the slowest step of reading a letter. The matches are exactly those of {@link
 * Matcher#find()}: the same leftmost starts, with look-behind and word boundaries seeing the text
 * before each start.
 */
final class LiteralSearch {

  private final Pattern pattern;
  private final List<String> starts;

  private LiteralSearch(Pattern pattern, List<String> starts) {
    this.pattern = pattern;
    this.starts = List.copyOf(starts);
  }

  /**
   * A search for {@code pattern}, every match of which starts with one of {@code starts}; with no
   * starts, a plain search.
   */
  static LiteralSearch of(Pattern pattern, List<String> starts) {
    if (starts.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("starts must not be empty strings: " + starts);
    }
    return new LiteralSearch(pattern, starts);
  }

  /** A search that tries every position, for a pattern with no literal start. */
  static LiteralSearch plain(Pattern pattern) {
    return new LiteralSearch(pattern, List.of());
  }

  Pattern pattern() {
    return pattern;
  }

  /** The first match in {@code text}, or null. */
  MatchResult first(String text) {
    Matcher m = matcher(text);
    return next(m, text, 0, unknownStarts()) ? m.toMatchResult() : null;
  }

  /** Every match in {@code text}, in order, as repeated {@link Matcher#find()} gives them. */
  List<MatchResult> all(String text) {
    List<MatchResult> matches = new ArrayList<>();
    Matcher m = matcher(text);
    int[] found = unknownStarts();
    int from = 0;
    while (from <= text.length() && next(m, text, from, found)) {
      matches.add(m.toMatchResult());
      // As Matcher.find: after an empty match, the next search starts one further on.
      from = m.end() == m.start() ? m.end() + 1 : m.end();
    }
    return matches;
  }

  private Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * Finds the leftmost match starting at or after {@code from}; true when there is one. {@code
   * found} holds where each start word was last found (-1: nowhere further on), so that each is
   * searched for once per stretch of text however many candidates are tried.
   */
  private boolean next(Matcher m, String text, int from, int[] found) {
    if (starts.isEmpty()) {
      return m.find(from);
    }
    int at = from;
    while (true) {
      int candidate = nextStart(text, at, found);
      if (candidate < 0) {
        return false;
      }
      if (m.region(candidate, text.length()).lookingAt()) {
        return true;
      }
      at = candidate + 1;
    }
  }

  private int nextStart(String text, int from, int[] found) {
    int best = -1;
    for (int k = 0; k < found.length; k++) {
      if (found[k] != -1 && found[k] < from) {
        found[k] = text.indexOf(starts.get(k), from);
      }
      if (found[k] >= 0 && (best < 0 || found[k] < best)) {
        best = found[k];
      }
    }
    return best;
  }

  /** Start positions not yet looked for: below any {@code from}, so the first look finds them. */
  private int[] unknownStarts() {
    int[] found = new int[starts.size()];
    Arrays.fill(found, -2);
    return found;
  }
}
