package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Tags letters with the demands of a {@link Taxonomy}: a sentence holds a demand when one of its
 * patterns matches and no exclusion overlaps the match; the sentence's strength comes from the
 * {@link AskDetector}. Only body sentences are read (the annotation holds no preamble and no
 * signatory list), so a signatory's description ("repatriated by China") never tags a letter.
 *
 * <p>Cost: token patterns are indexed by the words they can start with, so each word of a letter is
 * tried against the few patterns that can start there, not against the whole taxonomy; regular
 * expressions run once per sentence. Letters are tagged one by one, independently.
 */
public final class DemandTagger {

  /** A token pattern and the demand it belongs to. */
  private record Entry(int demand, int slot, TokenPattern pattern) {}

  private final Taxonomy taxonomy;
  private final AskDetector asks;
  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final List<Entry> anyFirstWord = new ArrayList<>();
  private final List<List<RegexPattern>> regexes = new ArrayList<>();
  private final int slots;

  private DemandTagger(Taxonomy taxonomy, AskDetector asks) {
    this.taxonomy = taxonomy;
    this.asks = asks;
    int slot = 0;
    for (int d = 0; d < taxonomy.demands().size(); d++) {
      List<RegexPattern> demandRegexes = new ArrayList<>();
      for (DemandPattern pattern : taxonomy.demands().get(d).patterns()) {
        if (pattern instanceof RegexPattern) {
          demandRegexes.add((RegexPattern) pattern);
          continue;
        }
        TokenPattern tokens = (TokenPattern) pattern;
        Entry entry = new Entry(d, slot++, tokens);
        if (tokens.firstForms().isEmpty()) {
          anyFirstWord.add(entry);
        } else {
          tokens
              .firstForms()
              .forEach(f -> byFirstWord.computeIfAbsent(f, k -> new ArrayList<>()).add(entry));
        }
      }
      regexes.add(demandRegexes);
    }
    this.slots = slot;
  }

  /** A tagger with the bundled request verbs. */
  public static DemandTagger of(Taxonomy taxonomy) {
    return of(taxonomy, Lexicon.bundled());
  }

  /** A tagger whose ask detector reads the taxonomy's cues and {@code lexicon}'s request verbs. */
  public static DemandTagger of(Taxonomy taxonomy, Lexicon lexicon) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    return new DemandTagger(taxonomy, AskDetector.of(taxonomy.asks(), RequestVerbs.of(lexicon)));
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** The ask detector deciding ask or mention: the one every stage of an analysis shares. */
  public AskDetector asks() {
    return asks;
  }

  /** The demands of every letter, in date order. */
  public DemandResult tag(List<AnnotatedLetter> letters) {
    List<LetterDemands> tagged = new ArrayList<>();
    for (AnnotatedLetter letter : letters) {
      tagged.add(tag(letter));
    }
    return result(tagged);
  }

  /**
   * The demands of every letter, in date order, ask or mention read from {@code asks}: one per
   * letter, in the same order, as {@link #asks()} finds them.
   */
  public DemandResult tag(List<AnnotatedLetter> letters, List<LetterAsks> asks) {
    if (asks.size() != letters.size()) {
      throw new IllegalArgumentException(asks.size() + " asks for " + letters.size() + " letters");
    }
    List<LetterDemands> tagged = new ArrayList<>();
    for (int i = 0; i < letters.size(); i++) {
      tagged.add(tag(letters.get(i), Objects.requireNonNull(asks.get(i), "asks")));
    }
    return result(tagged);
  }

  private DemandResult result(List<LetterDemands> tagged) {
    tagged.sort(Comparator.comparing(LetterDemands::letter, Letter.CHRONOLOGICAL));
    return new DemandResult(taxonomy, tagged);
  }

  /** The demands of one letter. */
  public LetterDemands tag(AnnotatedLetter letter) {
    return tag(letter, (LetterAsks) null);
  }

  /** The demands of one letter, with its asks if already found (else null). */
  private LetterDemands tag(AnnotatedLetter letter, LetterAsks found) {
    String text = letter.letter().text();
    List<SentenceWords> sentences = new ArrayList<>();
    for (Sentence sentence : letter.sentences()) {
      sentences.add(SentenceWords.of(sentence));
    }
    List<AskCue> cues = found != null ? found.cues() : asks.cues(letter, sentences);
    int demands = taxonomy.demands().size();
    List<List<Evidence>> evidence = new ArrayList<>();
    for (int d = 0; d < demands; d++) {
      evidence.add(new ArrayList<>());
    }
    int[] nextFree = new int[slots];
    for (int s = 0; s < sentences.size(); s++) {
      SentenceWords words = sentences.get(s);
      List<List<DemandHit>> hits = hits(words, text, nextFree);
      for (int d = 0; d < demands; d++) {
        List<DemandHit> kept =
            outermost(exclude(taxonomy.demands().get(d), hits.get(d), words, text));
        if (!kept.isEmpty()) {
          Span span = words.sentence().span();
          evidence.get(d).add(new Evidence(s, span, span.in(text), cues.get(s), kept));
        }
      }
    }
    List<DemandTag> tags = new ArrayList<>();
    for (int d = 0; d < demands; d++) {
      if (!evidence.get(d).isEmpty()) {
        tags.add(new DemandTag(letter.letter(), taxonomy.demands().get(d), evidence.get(d)));
      }
    }
    return new LetterDemands(letter.letter(), tags);
  }

  /** Each demand's pattern matches in one sentence, in text order. */
  private List<List<DemandHit>> hits(SentenceWords words, String text, int[] nextFree) {
    int demands = taxonomy.demands().size();
    List<List<DemandHit>> hits = new ArrayList<>();
    for (int d = 0; d < demands; d++) {
      hits.add(new ArrayList<>());
    }
    Arrays.fill(nextFree, 0);
    for (int i = 0; i < words.size(); i++) {
      SentenceWords.Word word = words.get(i);
      for (String key : TokenPattern.startKeys(word)) {
        tryAt(byFirstWord.get(key), words, i, nextFree, hits);
      }
      tryAt(anyFirstWord, words, i, nextFree, hits);
    }
    for (int d = 0; d < demands; d++) {
      for (RegexPattern regex : regexes.get(d)) {
        for (Span span : regex.find(words, text)) {
          hits.get(d).add(new DemandHit(regex.source(), span));
        }
      }
      hits.get(d).sort(Comparator.comparing(DemandHit::span));
    }
    return hits;
  }

  private static void tryAt(
      List<Entry> entries,
      SentenceWords words,
      int at,
      int[] nextFree,
      List<List<DemandHit>> hits) {
    if (entries == null) {
      return;
    }
    for (Entry entry : entries) {
      if (nextFree[entry.slot()] > at) {
        continue;
      }
      int end = entry.pattern().matchAt(words, at);
      if (end > at) {
        nextFree[entry.slot()] = end;
        hits.get(entry.demand()).add(new DemandHit(entry.pattern().source(), words.span(at, end)));
      }
    }
  }

  private static List<DemandHit> exclude(
      Demand demand, List<DemandHit> hits, SentenceWords words, String text) {
    if (hits.isEmpty() || demand.exclusions().isEmpty()) {
      return hits;
    }
    List<Span> excluded = new ArrayList<>();
    for (DemandPattern exclusion : demand.exclusions()) {
      excluded.addAll(exclusion.find(words, text));
    }
    List<DemandHit> kept = new ArrayList<>();
    for (DemandHit hit : hits) {
      if (excluded.stream().noneMatch(x -> overlaps(x, hit.span()))) {
        kept.add(hit);
      }
    }
    return kept;
  }

  /**
   * Drops a match inside another match of the same demand ("prison camps" inside "political prison
   * camps"; an exact repeat by a second pattern): the evidence shows each passage once.
   */
  private static List<DemandHit> outermost(List<DemandHit> hits) {
    if (hits.size() < 2) {
      return hits;
    }
    List<DemandHit> kept = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      DemandHit hit = hits.get(i);
      boolean inside = false;
      for (int j = 0; j < hits.size() && !inside; j++) {
        Span other = hits.get(j).span();
        inside = j != i && other.contains(hit.span()) && (!other.equals(hit.span()) || j < i);
      }
      if (!inside) {
        kept.add(hit);
      }
    }
    return kept;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
