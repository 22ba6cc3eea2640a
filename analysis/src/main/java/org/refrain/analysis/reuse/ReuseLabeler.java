package org.refrain.analysis.reuse;

import java.util.List;
import java.util.function.Predicate;

/**
 * Labels a family by one rule: it is {@code boilerplate} when every copy sits in its letter's frame
 * (the first two paragraphs, salutation and opener, or the last two, closing and sign-off), or when
 * it recurs in at least half the letters of the corpus (and at least three) without asking for
 * anything; otherwise it is {@code substantive}, demands and arguments carried forward.
 */
public final class ReuseLabeler {

  /** Paragraphs at each end of a letter that make its frame. */
  public static final int FRAME = 2;

  private final int corpusLetters;
  private final Predicate<ReusePassage> asks;

  /**
   * @param corpusLetters letters in the corpus, for "recurs in at least half"
   * @param asks whether a copy requests action (holds a directive sentence)
   */
  public ReuseLabeler(int corpusLetters, Predicate<ReusePassage> asks) {
    if (corpusLetters < 0) {
      throw new IllegalArgumentException("corpusLetters must be >= 0: " + corpusLetters);
    }
    this.corpusLetters = corpusLetters;
    this.asks = asks;
  }

  public ReuseLabel label(List<ReusePassage> members) {
    if (members.stream().anyMatch(asks)) {
      return ReuseLabel.SUBSTANTIVE;
    }
    long letters = members.stream().map(m -> m.letter().id()).distinct().count();
    boolean widespread = letters >= 3 && letters * 2 >= corpusLetters;
    return widespread || members.stream().allMatch(ReuseLabeler::inFrame)
        ? ReuseLabel.BOILERPLATE
        : ReuseLabel.SUBSTANTIVE;
  }

  /** Whether the copy lies wholly in the first or wholly in the last {@link #FRAME} paragraphs. */
  static boolean inFrame(ReusePassage passage) {
    int paragraphs = passage.letter().paragraphs().size();
    int first = passage.words().get(0).paragraph();
    int last = passage.words().get(passage.size() - 1).paragraph();
    return last < FRAME || first >= paragraphs - FRAME;
  }
}
