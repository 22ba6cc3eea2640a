package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.refrain.corpus.Letter;

/**
 * Finds every passage of at least {@code minTokens} words shared, exactly or with edits, by two or
 * more letters, and groups the copies into families.
 *
 * <p>Letters are taken in date order (same day: by id, so the order given never matters). Each new
 * letter is matched first against the families found so far, then against the words of earlier
 * letters that belong to no family yet (the residue):
 *
 * <ol>
 *   <li>every shingle of the letter is looked up in two {@link ShingleIndex}es, one over family
 *       copies (each shingle once per family) and one over the residue;
 *   <li>hits are chained along diagonals ({@link SeedChains}); a chain of two or more seeds is a
 *       candidate;
 *   <li>each candidate's windows, a few words wider than the chain, are aligned with
 *       java-diff-utils ({@link PassageAligner}); a passage that qualifies joins the family, or
 *       founds a new one with the residue it matched;
 *   <li>the letter's words left in no family join the residue.
 * </ol>
 *
 * <p>Cost: O(W x P) lookups for W words in the corpus and at most P = {@code maxPostings} postings
 * per shingle, plus O((n + m) D) per aligned candidate of n and m words with D edits. A formula
 * copied into k letters costs k alignments against its family, not k(k - 1) / 2 pairwise ones, and
 * no two letters are ever aligned whole: work grows with the corpus and with the reuse found, not
 * with the number of letter pairs.
 */
public final class ReuseFinder {

  private final ReuseSettings settings;

  private ReuseFinder(ReuseSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public static ReuseFinder of(ReuseSettings settings) {
    return new ReuseFinder(settings);
  }

  /** The families of {@code texts}, labelled as if no passage asked for anything. */
  public ReuseResult find(List<ReuseText> texts) {
    return find(texts, passage -> false);
  }

  /**
   * The families of {@code texts}, largest first; {@code asks} tells the labeller which copies
   * request action (see {@link ReuseLabeler}).
   */
  public ReuseResult find(List<ReuseText> texts, Predicate<ReusePassage> asks) {
    List<ReuseText> ordered = new ArrayList<>(texts);
    long distinct = ordered.stream().map(ReuseText::id).distinct().count();
    if (distinct != ordered.size()) {
      throw new IllegalArgumentException("texts must have distinct letter ids");
    }
    ordered.sort(Comparator.comparing(ReuseText::letter, Letter.CHRONOLOGICAL));
    FamilyGrower grower = new FamilyGrower(settings, ordered);
    for (int t = 0; t < ordered.size(); t++) {
      grower.add(t);
    }
    List<ReuseFamily> families =
        new FamilyAssembler(new ReuseLabeler(texts.size(), asks))
            .assemble(grower.families(), ordered);
    return new ReuseResult(families, texts, grower.stats());
  }

  /** Date order, undated letters last; letters of the same day by id, whatever order given. */
  /** Work counters of one run, for benchmarks and the curious. */
  public record Stats(long postings, long droppedPostings, long candidates, long alignedWords) {
    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "postings %d (dropped %d), candidates %d, aligned words %d",
          postings,
          droppedPostings,
          candidates,
          alignedWords);
    }
  }
}
