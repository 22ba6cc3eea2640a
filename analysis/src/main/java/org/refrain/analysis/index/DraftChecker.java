package org.refrain.analysis.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.Evidence;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.reuse.PassageMatcher;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.reuse.ReuseToken;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/**
 * Checks a draft against an index: for each paragraph, Lucene's more-like-this finds the {@link
 * #CANDIDATES} closest passages, and the reuse aligner ({@link PassageMatcher}, the same settings
 * as {@code refrain reuse}) finds what each shares with it; never all pairs. A paragraph is
 * boilerplate when it is the draft's salutation or closing, or when, asking for nothing, it is
 * mostly wording of a boilerplate family; its words are counted apart from reused and new ones.
 * Missing demands are those earlier letters (not press releases) to the draft's addressee or venue
 * asked for and the draft does not ask for.
 */
public final class DraftChecker {

  /** Passages aligned with each paragraph. */
  public static final int CANDIDATES = 20;

  /** Matches kept per paragraph. */
  public static final int MATCHES = 5;

  private final PassageIndex index;
  private final PassageMatcher matcher;

  public DraftChecker(PassageIndex index, ReuseSettings settings) {
    this.index = Objects.requireNonNull(index, "index");
    this.matcher = PassageMatcher.of(settings);
  }

  /**
   * Checks {@code draft}.
   *
   * @param draft the draft, read as a letter (its paragraphs and their roles)
   * @param demands the draft's demands, tagged with {@code taxonomy}
   * @param taxonomy for the demands' names
   * @param addressee the addressee to compare with, or null
   * @param venue the venue to compare with, or null
   */
  public DraftCheck check(
      Letter draft, LetterDemands demands, Taxonomy taxonomy, String addressee, String venue)
      throws IOException {
    List<DraftCheck.Paragraph> paragraphs = new ArrayList<>();
    int words = 0;
    int reused = 0;
    int fresh = 0;
    int boilerplate = 0;
    List<org.refrain.corpus.Paragraph> ps = draft.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      DraftCheck.Paragraph p = paragraph(i, ps.get(i), asks(ps.get(i), demands));
      paragraphs.add(p);
      words += p.words();
      if (p.boilerplate()) {
        boilerplate += p.words();
      } else {
        reused += p.reusedWords();
        fresh += p.words() - p.reusedWords();
      }
    }
    List<DraftCheck.HeldDemand> held = new ArrayList<>();
    for (DemandTag tag : demands.tags()) {
      String wording = tag.evidence().isEmpty() ? "" : firstOf(tag).text();
      held.add(
          new DraftCheck.HeldDemand(
              tag.demand().id(), tag.demand().label(), tag.strength().label(), wording));
    }
    List<DraftCheck.MissingDemand> missing = new ArrayList<>();
    if (addressee != null || venue != null) {
      Map<String, List<PassageIndex.Asked>> asked = index.asked(addressee, venue);
      for (String id : taxonomy.ids()) {
        List<PassageIndex.Asked> letters = asked.get(id);
        if (letters == null || demands.strength(id) == Strength.ASK) {
          continue;
        }
        missing.add(
            new DraftCheck.MissingDemand(
                id,
                taxonomy.demand(id).map(d -> d.label()).orElse(id),
                demands.strength(id) == Strength.MENTION,
                letters));
      }
    }
    return new DraftCheck(
        paragraphs, words, reused, fresh, boilerplate, held, addressee, venue, missing);
  }

  private static Evidence firstOf(DemandTag tag) {
    return tag.evidence().stream()
        .filter(e -> e.strength() == tag.strength())
        .findFirst()
        .orElse(tag.evidence().get(0));
  }

  /** Whether one of the draft's demand sentences asking for action lies in {@code paragraph}. */
  private static boolean asks(org.refrain.corpus.Paragraph paragraph, LetterDemands demands) {
    for (DemandTag tag : demands.tags()) {
      for (Evidence e : tag.evidence()) {
        if (e.strength() == Strength.ASK
            && e.span().start() < paragraph.span().end()
            && paragraph.span().start() < e.span().end()) {
          return true;
        }
      }
    }
    return false;
  }

  private DraftCheck.Paragraph paragraph(
      int i, org.refrain.corpus.Paragraph paragraph, boolean asks) throws IOException {
    String text = paragraph.text();
    List<ReuseToken> words = matcher.words(text);
    boolean[] covered = new boolean[words.size()];
    List<DraftCheck.Match> matches = new ArrayList<>();
    if (!words.isEmpty()) {
      for (SearchResult.Hit hit : index.like(text, SearchRequest.Filter.NONE, CANDIDATES)) {
        List<ReuseToken> theirs = matcher.words(hit.text());
        List<PassageMatcher.Shared> shared = matcher.shared(words, theirs);
        if (shared.isEmpty()) {
          continue;
        }
        int matched = 0;
        List<Span> spans = new ArrayList<>();
        int sharedWords = 0;
        for (PassageMatcher.Shared s : shared) {
          matched += s.matched();
          sharedWords += s.aTo() - s.aFrom();
          for (int w = s.aFrom(); w < s.aTo(); w++) {
            covered[w] = true;
          }
          spans.add(
              new Span(words.get(s.aFrom()).span().start(), words.get(s.aTo() - 1).span().end()));
        }
        double similarity = 2.0 * matched / (words.size() + theirs.size());
        matches.add(
            new DraftCheck.Match(
                hit,
                similarity,
                sharedWords,
                spans,
                PassageMatcher.diff(theirs, hit.text(), words, text)));
      }
    }
    matches.sort(
        Comparator.comparingInt((DraftCheck.Match m) -> -m.sharedWords())
            .thenComparingDouble(m -> -m.similarity())
            .thenComparing(m -> m.passage().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(m -> m.passage().letter())
            .thenComparingInt(m -> m.passage().paragraph()));
    List<DraftCheck.Match> kept =
        List.copyOf(matches.subList(0, Math.min(MATCHES, matches.size())));
    int reusedWords = 0;
    List<Span> reused = new ArrayList<>();
    for (int w = 0; w < covered.length; w++) {
      if (!covered[w]) {
        continue;
      }
      reusedWords++;
      Span span = words.get(w).span();
      Span last = reused.isEmpty() ? null : reused.get(reused.size() - 1);
      if (last != null && w > 0 && covered[w - 1]) {
        reused.set(reused.size() - 1, new Span(last.start(), span.end()));
      } else {
        reused.add(span);
      }
    }
    // A paragraph that asks for something is substance, whatever family its wording is in.
    boolean boilerplate =
        !paragraph.isContent()
            || !asks
                && !kept.isEmpty()
                && kept.get(0).passage().boilerplate()
                && reusedWords * 2 >= words.size();
    return new DraftCheck.Paragraph(i, text, words.size(), boilerplate, reused, reusedWords, kept);
  }
}
