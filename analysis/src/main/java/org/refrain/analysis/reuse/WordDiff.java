package org.refrain.analysis.reuse;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two word sequences with java-diff-utils, comparing normalised words and
 * showing them as written. Words that differ only in case align ("its member states", "its Member
 * States") and are shown as a change, so respellings stay visible.
 */
public final class WordDiff {

  private WordDiff() {}

  /**
   * The segments turning {@code older} (words of {@code olderText}) into {@code newer} (words of
   * {@code newerText}). Joined with single spaces, the segments' newer sides give the newer words
   * in order with their punctuation.
   */
  public static List<DiffSegment> between(
      List<ReuseToken> older, String olderText, List<ReuseToken> newer, String newerText) {
    List<AbstractDelta<ReuseToken>> deltas =
        DiffUtils.diff(older, newer, (x, y) -> x.norm().equals(y.norm())).getDeltas();
    List<DiffSegment> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<ReuseToken> delta : deltas) {
      if (delta.getType() == DeltaType.EQUAL) {
        continue;
      }
      int di = delta.getSource().getPosition();
      int dj = delta.getTarget().getPosition();
      same(older, olderText, i, newer, newerText, j, dj, out);
      int ei = di + delta.getSource().size();
      int ej = dj + delta.getTarget().size();
      if (ei > di && ej > dj) {
        out.add(
            new DiffSegment.Changed(
                slice(older, olderText, di, ei), slice(newer, newerText, dj, ej)));
      } else if (ei > di) {
        out.add(new DiffSegment.Deleted(slice(older, olderText, di, ei)));
      } else {
        out.add(new DiffSegment.Inserted(slice(newer, newerText, dj, ej)));
      }
      i = ei;
      j = ej;
    }
    same(older, olderText, i, newer, newerText, j, newer.size(), out);
    return List.copyOf(out);
  }

  private static final WordNormalizer SPELLING = new WordNormalizer(false, false);

  /**
   * Adds the equal run of newer words [from, to) (older words from {@code i}): words that differ
   * only in case are the same for alignment but shown as changed ("its member states" to "its
   * Member States"), so a respelling is visible.
   */
  private static void same(
      List<ReuseToken> older,
      String olderText,
      int i,
      List<ReuseToken> newer,
      String newerText,
      int from,
      int to,
      List<DiffSegment> out) {
    int start = from;
    while (start < to) {
      boolean respelt = respelt(older.get(i + start - from), newer.get(start));
      int end = start + 1;
      while (end < to && respelt(older.get(i + end - from), newer.get(end)) == respelt) {
        end++;
      }
      if (respelt) {
        out.add(
            new DiffSegment.Changed(
                slice(older, olderText, i + start - from, i + end - from),
                slice(newer, newerText, start, end)));
      } else {
        out.add(new DiffSegment.Same(slice(newer, newerText, start, end)));
      }
      start = end;
    }
  }

  private static boolean respelt(ReuseToken older, ReuseToken newer) {
    return !SPELLING.normalize(older.text()).equals(SPELLING.normalize(newer.text()));
  }

  /** Words [from, to) as written, with the punctuation up to the next word, trimmed. */
  static String slice(List<ReuseToken> words, String text, int from, int to) {
    int start = words.get(from).span().start();
    int end = words.get(to - 1).span().end();
    if (to < words.size()) {
      int next = words.get(to).span().start();
      end = Math.max(end, next);
    } else {
      end = trailingPunctuation(text, end);
    }
    return text.substring(start, end).strip();
  }

  /** Extends past punctuation glued to the last word ("staff." keeps its full stop). */
  private static int trailingPunctuation(String text, int end) {
    int at = end;
    while (at < text.length()
        && !Character.isWhitespace(text.charAt(at))
        && !Character.isLetterOrDigit(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** How many words of {@code newer} the diff finds in {@code older}. */
  public static int sharedWords(List<ReuseToken> older, List<ReuseToken> newer) {
    List<AbstractDelta<ReuseToken>> deltas =
        DiffUtils.diff(older, newer, (x, y) -> x.norm().equals(y.norm())).getDeltas();
    int changed = 0;
    for (AbstractDelta<ReuseToken> delta : deltas) {
      if (delta.getType() != DeltaType.EQUAL) {
        changed += delta.getTarget().size();
      }
    }
    return newer.size() - changed;
  }
}
