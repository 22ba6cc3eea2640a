package org.refrain.corpus.split;

import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.clean.Line;

/**
 * Drops a letter a page repeats (seed 000 shows its letter twice, the list once as a table and once
 * as plain lines). Two letters of one document are the same when their bodies share nearly all
 * their word 5-grams ({@link WordShingles}); the first copy is kept, and a warning names the line
 * of the copy dropped. Comparison is within one document only.
 *
 * <p>A letter is compared only with the earlier letters it could repeat, found in a {@link
 * ShingleIndex}, never with every earlier letter: a 10 MB page of distinct letters took minutes
 * when each letter was compared with all before it. The decisions are those of the pairwise
 * comparison: the first kept letter at or above {@link #SAME_LETTER} wins.
 */
public final class DuplicateLetterFilter {

  /** Share of shared 5-grams (Jaccard) above which two bodies are one letter. */
  static final double SAME_LETTER = 0.9;

  /** The layouts to keep, in order; a warning for each one dropped is added to {@code out}. */
  public List<LetterLayout> filter(
      String source, List<Line> lines, List<LetterLayout> layouts, List<Diagnostic> out) {
    if (layouts.size() < 2) {
      return List.copyOf(layouts);
    }
    List<long[]> shingles = new ArrayList<>(layouts.size());
    for (LetterLayout layout : layouts) {
      shingles.add(WordShingles.of(lines, layout.bodyLines()));
    }
    ShingleIndex index = new ShingleIndex(shingles, SAME_LETTER);
    List<LetterLayout> kept = new ArrayList<>();
    for (int i = 0; i < layouts.size(); i++) {
      int same = firstSame(i, shingles, index);
      if (same < 0) {
        kept.add(layouts.get(i));
        index.add(i);
      } else {
        int dropped = lines.get(layouts.get(i).firstLine()).number();
        int first = lines.get(layouts.get(same).firstLine()).number();
        out.add(
            Diagnostic.warning(
                source, dropped, "repeats the letter at line " + first + "; read once"));
      }
    }
    return List.copyOf(kept);
  }

  /** The first kept letter that letter {@code i} repeats, or -1. */
  private static int firstSame(int i, List<long[]> shingles, ShingleIndex index) {
    long[] own = shingles.get(i);
    for (int candidate : index.candidates(i)) {
      if (jaccard(own, shingles.get(candidate)) >= SAME_LETTER) {
        return candidate;
      }
    }
    return -1;
  }

  private static double jaccard(long[] a, long[] b) {
    int common = WordShingles.common(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }
}
