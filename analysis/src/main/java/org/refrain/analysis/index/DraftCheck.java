package org.refrain.analysis.index;

import java.util.List;
import java.util.Objects;
import org.refrain.analysis.reuse.DiffSegment;
import org.refrain.corpus.Span;

/**
 * A draft checked against the corpus: each paragraph with the earlier passages it reuses, the
 * shares of reused, new and boilerplate words, the demands it makes, and the demands earlier
 * letters to the same addressee or venue asked for that it does not.
 *
 * @param paragraphs the draft's paragraphs, in order
 * @param words the draft's words (in its paragraphs)
 * @param reusedWords words of substance found in earlier letters
 * @param newWords words of substance not found in any
 * @param boilerplateWords words of salutations, openers and closings, counted apart
 * @param demands the demands the draft makes, in taxonomy order
 * @param addressee the addressee earlier letters were matched on, or null
 * @param venue the venue earlier letters were matched on, or null
 * @param missing demands asked for by earlier letters to that addressee or venue, not by the draft
 */
public record DraftCheck(
    List<Paragraph> paragraphs,
    int words,
    int reusedWords,
    int newWords,
    int boilerplateWords,
    List<HeldDemand> demands,
    String addressee,
    String venue,
    List<MissingDemand> missing) {

  public DraftCheck {
    paragraphs = List.copyOf(paragraphs);
    demands = List.copyOf(demands);
    missing = List.copyOf(missing);
    if (reusedWords + newWords + boilerplateWords != words) {
      throw new IllegalArgumentException(
          "reused "
              + reusedWords
              + " + new "
              + newWords
              + " + boilerplate "
              + boilerplateWords
              + " != words "
              + words);
    }
  }

  /** The share of the draft's words of substance found in earlier letters (0 with none). */
  public double reusedShare() {
    int substance = reusedWords + newWords;
    return substance == 0 ? 0 : (double) reusedWords / substance;
  }

  /**
   * One paragraph of the draft.
   *
   * @param index its place in the draft (0 for the first)
   * @param text the paragraph
   * @param words its words
   * @param boilerplate a salutation, opener or closing (by its place, or by the family it copies)
   * @param reused spans of {@code text} found in earlier passages, in order, not overlapping
   * @param matches the closest earlier passages, most shared words first
   */
  public record Paragraph(
      int index,
      String text,
      int words,
      boolean boilerplate,
      List<Span> reused,
      int reusedWords,
      List<Match> matches) {

    public Paragraph {
      Objects.requireNonNull(text, "text");
      reused = List.copyOf(reused);
      matches = List.copyOf(matches);
      if (reusedWords < 0 || reusedWords > words) {
        throw new IllegalArgumentException("reusedWords out of range: " + reusedWords);
      }
    }

    /** The share of its words found in earlier passages. */
    public double share() {
      return words == 0 ? 0 : (double) reusedWords / words;
    }

    /** Whether most of it (half its words or more) is found in earlier passages. */
    public boolean isReused() {
      return words > 0 && reusedWords * 2 >= words;
    }
  }

  /**
   * An earlier passage a draft paragraph shares wording with.
   *
   * @param passage the passage, as the index holds it
   * @param similarity Dice similarity of the two paragraphs' words
   * @param sharedWords draft words in passages the two share
   * @param reused spans of the draft paragraph found in this passage
   * @param diff word-level segments from the earlier passage to the draft's paragraph
   */
  public record Match(
      SearchResult.Hit passage,
      double similarity,
      int sharedWords,
      List<Span> reused,
      List<DiffSegment> diff) {

    public Match {
      Objects.requireNonNull(passage, "passage");
      reused = List.copyOf(reused);
      diff = List.copyOf(diff);
    }
  }

  /**
   * A demand the draft makes.
   *
   * @param demand its id
   * @param label its name
   * @param strength ask or mention
   * @param wording the draft's first sentence holding it
   */
  public record HeldDemand(String demand, String label, String strength, String wording) {}

  /**
   * A demand earlier letters asked for and the draft does not.
   *
   * @param demand its id
   * @param label its name
   * @param mentioned whether the draft mentions it without asking
   * @param letters the earlier letters asking for it, in date order, each with its wording
   */
  public record MissingDemand(
      String demand, String label, boolean mentioned, List<PassageIndex.Asked> letters) {
    public MissingDemand {
      letters = List.copyOf(letters);
    }
  }
}
