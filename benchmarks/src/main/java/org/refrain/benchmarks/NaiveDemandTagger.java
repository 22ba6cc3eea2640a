package org.refrain.benchmarks;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.demand.AskCue;
import org.refrain.analysis.demand.AskDetector;
import org.refrain.analysis.demand.Demand;
import org.refrain.analysis.demand.DemandPattern;
import org.refrain.analysis.demand.RequestVerbs;
import org.refrain.analysis.demand.SentenceWords;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.demand.TokenPattern;
import org.refrain.benchmarks.DemandBenchmark.Hit;
import org.refrain.corpus.Span;

/**
 * The tagger without its index: every token pattern of every demand tried at every word of every
 * sentence ({@link TokenPattern#matches}), every regular expression run on every sentence; then, as
 * the tagger does, a hit overlapped by an exclusion of its demand is dropped and a hit inside
 * another of the same demand is dropped. Also builds each sentence's words and finds its ask cue,
 * as the tagger does, so the two differ only in how patterns are tried.
 */
final class NaiveDemandTagger {

  private final Taxonomy taxonomy;
  private final AskDetector asks;

  NaiveDemandTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.asks = AskDetector.of(taxonomy.asks(), RequestVerbs.bundled());
  }

  /** The kept hits of every letter, in input order. */
  List<Hit> tag(List<AnnotatedLetter> letters) {
    List<Hit> out = new ArrayList<>();
    for (int l = 0; l < letters.size(); l++) {
      AnnotatedLetter letter = letters.get(l);
      String text = letter.letter().text();
      List<SentenceWords> sentences = words(letter);
      List<AskCue> cues = asks.cues(letter, sentences);
      for (int s = 0; s < sentences.size(); s++) {
        SentenceWords words = sentences.get(s);
        for (int d = 0; d < taxonomy.demands().size(); d++) {
          Demand demand = taxonomy.demands().get(d);
          for (Span span : outermost(excluded(demand, hits(demand, words, text), words, text))) {
            out.add(new Hit(l, d, s, span));
          }
        }
      }
      Reference.reachabilityFence(cues);
    }
    return out;
  }

  /** What the tagger and this matcher both do besides matching; returns the asks found. */
  int floor(List<AnnotatedLetter> letters) {
    int found = 0;
    for (AnnotatedLetter letter : letters) {
      for (AskCue cue : asks.cues(letter, words(letter))) {
        found += cue == null ? 0 : 1;
      }
    }
    return found;
  }

  private static List<SentenceWords> words(AnnotatedLetter letter) {
    List<SentenceWords> sentences = new ArrayList<>(letter.sentences().size());
    for (Sentence sentence : letter.sentences()) {
      sentences.add(SentenceWords.of(sentence));
    }
    return sentences;
  }

  private static List<Span> hits(Demand demand, SentenceWords words, String text) {
    List<Span> hits = new ArrayList<>();
    for (DemandPattern pattern : demand.patterns()) {
      if (pattern instanceof TokenPattern tokens) {
        for (TokenPattern.Match m : tokens.matches(words)) {
          hits.add(words.span(m.start(), m.end()));
        }
      } else {
        hits.addAll(pattern.find(words, text));
      }
    }
    return hits;
  }

  private static List<Span> excluded(
      Demand demand, List<Span> hits, SentenceWords words, String text) {
    if (hits.isEmpty() || demand.exclusions().isEmpty()) {
      return hits;
    }
    List<Span> exclusions = new ArrayList<>();
    for (DemandPattern exclusion : demand.exclusions()) {
      exclusions.addAll(exclusion.find(words, text));
    }
    List<Span> kept = new ArrayList<>();
    for (Span hit : hits) {
      if (exclusions.stream().noneMatch(x -> x.start() < hit.end() && hit.start() < x.end())) {
        kept.add(hit);
      }
    }
    return kept;
  }

  /** The hits not inside another; of equal hits, the first. */
  private static List<Span> outermost(List<Span> hits) {
    if (hits.size() < 2) {
      return hits;
    }
    List<Span> kept = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Span hit = hits.get(i);
      boolean inside = false;
      for (int j = 0; j < hits.size() && !inside; j++) {
        Span other = hits.get(j);
        inside = j != i && other.contains(hit) && (!other.equals(hit) || j < i);
      }
      if (!inside) {
        kept.add(hit);
      }
    }
    return kept;
  }
}
