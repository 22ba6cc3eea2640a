package org.refrain.analysis.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.ReuseLabel;
import org.refrain.analysis.reuse.ReusePassage;
import org.refrain.analysis.reuse.ReuseToken;
import org.refrain.corpus.Letter;
import org.refrain.corpus.PartsHash;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * What the index holds of one letter: the letter, how it holds each demand (ask or mention), and
 * for each paragraph the reuse family that covers most of its words.
 *
 * <p>Its {@link #key()} is a hash of everything the letter's documents are made of but the families
 * (the letter's id, source, text, metadata, signatories and demands), so a letter is indexed again
 * exactly when one of them changes. Families are numbered over the whole corpus and change with
 * other letters; the index updates them in place ({@link CorpusIndex}).
 *
 * @param letter the letter
 * @param demands demand id to how the letter holds it, in taxonomy order
 * @param wording demand id to the first sentence that asks for it (asked demands only)
 * @param families paragraph index to its family, for paragraphs in a family
 */
public record IndexedLetter(
    Letter letter,
    Map<String, Strength> demands,
    Map<String, String> wording,
    Map<Integer, Family> families) {

  /**
   * The reuse family a paragraph's wording belongs to.
   *
   * @param id the family's id, as {@code refrain reuse} numbers it
   * @param letters how many letters hold a copy of it
   * @param boilerplate whether it is formula (salutation, opener, closing) rather than substance
   */
  public record Family(String id, int letters, boolean boilerplate) {
    public Family {
      Objects.requireNonNull(id, "id");
      if (letters < 1) {
        throw new IllegalArgumentException("letters must be >= 1: " + letters);
      }
    }
  }

  public IndexedLetter {
    Objects.requireNonNull(letter, "letter");
    demands = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(demands));
    wording = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(wording));
    families = java.util.Collections.unmodifiableMap(new TreeMap<>(families));
  }

  /**
   * Every letter of the analysis, with its demands and families: runs the demand and reuse stages
   * (each computed once for the analysis).
   */
  public static List<IndexedLetter> of(CorpusAnalysis analysis) {
    DemandResult demands = analysis.demands();
    Map<String, Map<Integer, Family>> families = families(analysis.reuse().families());
    List<IndexedLetter> out = new ArrayList<>();
    for (Letter letter : analysis.corpus().letters()) {
      Map<String, Strength> held = new java.util.LinkedHashMap<>();
      Map<String, String> wording = new java.util.LinkedHashMap<>();
      for (DemandTag tag : demands.letter(letter.id()).map(LetterDemands::tags).orElse(List.of())) {
        held.put(tag.demand().id(), tag.strength());
        tag.evidence().stream()
            .filter(e -> e.strength() == Strength.ASK)
            .findFirst()
            .ifPresent(e -> wording.put(tag.demand().id(), e.text()));
      }
      out.add(
          new IndexedLetter(letter, held, wording, families.getOrDefault(letter.id(), Map.of())));
    }
    return List.copyOf(out);
  }

  /**
   * For each letter, each paragraph's family: the one covering most of the paragraph's words, ties
   * to the family in more letters, then the lower id.
   */
  static Map<String, Map<Integer, Family>> families(List<ReuseFamily> families) {
    // letter -> paragraph -> family -> words covered. Families are keyed by identity: a record's
    // hash would walk all its copies, at every word.
    Map<String, Map<Integer, Map<ReuseFamily, Integer>>> cover = new HashMap<>();
    Map<ReuseFamily, Integer> size = new java.util.IdentityHashMap<>();
    for (ReuseFamily family : families) {
      size.put(family, family.letters().size());
    }
    for (ReuseFamily family : families) {
      for (ReusePassage copy : family.members()) {
        Map<Integer, Map<ReuseFamily, Integer>> byParagraph =
            cover.computeIfAbsent(copy.letter().id(), k -> new HashMap<>());
        for (ReuseToken word : copy.words()) {
          byParagraph
              .computeIfAbsent(word.paragraph(), k -> new java.util.IdentityHashMap<>())
              .merge(family, 1, Integer::sum);
        }
      }
    }
    Map<String, Map<Integer, Family>> out = new HashMap<>();
    cover.forEach(
        (letter, byParagraph) -> {
          Map<Integer, Family> chosen = new TreeMap<>();
          byParagraph.forEach(
              (paragraph, counts) -> {
                ReuseFamily best = null;
                int bestWords = -1;
                for (Map.Entry<ReuseFamily, Integer> e : counts.entrySet()) {
                  ReuseFamily f = e.getKey();
                  int words = e.getValue();
                  if (best == null
                      || words > bestWords
                      || words == bestWords
                          && (size.get(f) > size.get(best)
                              || size.get(f).equals(size.get(best))
                                  && number(f.id()) < number(best.id()))) {
                    best = f;
                    bestWords = words;
                  }
                }
                chosen.put(
                    paragraph,
                    new Family(best.id(), size.get(best), best.label() == ReuseLabel.BOILERPLATE));
              });
          out.put(letter, chosen);
        });
    return out;
  }

  /** The number in a family id ("R12" is 12), for ordering; ids without one sort last. */
  private static long number(String id) {
    String digits = id.replaceAll("\\D", "");
    return digits.isEmpty() || digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  /** The hash naming this letter's documents: changes exactly when one of them would. */
  public String key() {
    List<String> parts = new ArrayList<>();
    parts.add(IndexFields.SCHEMA);
    parts.add(letter.id());
    parts.add(letter.source());
    parts.add(Integer.toString(letter.index()));
    parts.add(letter.kind().name());
    parts.add(letter.date() == null ? "" : letter.date().iso());
    parts.add(String.valueOf(letter.addressee()));
    parts.add(letter.venue() == null ? "" : letter.venue().name());
    parts.add(letter.text());
    letter.paragraphs().forEach(p -> parts.add(p.span() + " " + p.role()));
    for (SignatoryMention m : letter.signatories()) {
      parts.add(m.name() + "\u0001" + m.country());
    }
    demands.forEach((id, strength) -> parts.add(id + ":" + strength.label()));
    wording.forEach((id, text) -> parts.add(id + "=" + text));
    return PartsHash.of(parts);
  }
}
