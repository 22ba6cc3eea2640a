package org.refrain.corpus.split;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.clean.Line;

/**
 * Drops a letter a page repeats (seed 000 shows its letter twice, the list once as a table and once
 * as plain lines). Two letters of one document are the same when their bodies share nearly all
 * their word 5-grams, compared case-folded and without punctuation; the first copy is kept, and a
 * warning names the line of the copy dropped. Comparison is within one document only.
 */
public final class DuplicateLetterFilter {

  /** Share of shared 5-grams (Jaccard) above which two bodies are one letter. */
  static final double SAME_LETTER = 0.9;

  private static final int SHINGLE = 5;

  /** The layouts to keep, in order; a warning for each one dropped is added to {@code out}. */
  public List<LetterLayout> filter(
      String source, List<Line> lines, List<LetterLayout> layouts, List<Diagnostic> out) {
    List<LetterLayout> kept = new ArrayList<>();
    List<Set<String>> keptShingles = new ArrayList<>();
    for (LetterLayout layout : layouts) {
      Set<String> shingles = shingles(lines, layout.bodyLines());
      int same = -1;
      for (int i = 0; i < kept.size() && same < 0; i++) {
        if (jaccard(shingles, keptShingles.get(i)) >= SAME_LETTER) {
          same = i;
        }
      }
      if (same < 0) {
        kept.add(layout);
        keptShingles.add(shingles);
      } else {
        int dropped = lines.get(layout.firstLine()).number();
        int first = lines.get(kept.get(same).firstLine()).number();
        out.add(
            Diagnostic.warning(
                source, dropped, "repeats the letter at line " + first + "; read once"));
      }
    }
    return List.copyOf(kept);
  }

  private static Set<String> shingles(List<Line> lines, List<Integer> body) {
    List<String> words = new ArrayList<>();
    for (int i : body) {
      for (String w : lines.get(i).text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + SHINGLE)));
    }
    if (out.isEmpty()) {
      out.add(String.join(" ", words));
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    int union = a.size() + b.size() - common;
    return union == 0 ? 1.0 : (double) common / union;
  }
}
