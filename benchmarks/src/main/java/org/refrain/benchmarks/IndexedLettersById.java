package org.refrain.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.index.IndexedLetter;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.ReuseLabel;
import org.refrain.analysis.reuse.ReusePassage;
import org.refrain.analysis.reuse.ReuseToken;
import org.refrain.corpus.Letter;

/**
 * {@link IndexedLetter#of} with one change, for {@link IndexBenchmark}: the words each family
 * covers in a paragraph are counted in a map keyed by the family's position in the reuse result,
 * not by the {@link ReuseFamily} record. The record's hash is derived from all its members, each
 * hashing its whole {@link Letter} (text, source map, paragraphs, signatories), and {@code
 * IndexedLetter.families} computes it once per covered word: at 1,000 synthetic letters that did
 * not finish in ten minutes. The choice per paragraph is the same (most words, then the family in
 * more letters, then the lower id number), so the letters are equal to what {@code
 * IndexedLetter.of} returns.
 */
final class IndexedLettersById {

  private IndexedLettersById() {}

  static List<IndexedLetter> of(CorpusAnalysis analysis) {
    DemandResult demands = analysis.demands();
    Map<String, Map<Integer, IndexedLetter.Family>> families =
        families(analysis.reuse().families());
    List<IndexedLetter> out = new ArrayList<>();
    for (Letter letter : analysis.corpus().letters()) {
      Map<String, Strength> held = new LinkedHashMap<>();
      Map<String, String> wording = new LinkedHashMap<>();
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

  private static Map<String, Map<Integer, IndexedLetter.Family>> families(
      List<ReuseFamily> families) {
    int[] letterCounts = new int[families.size()];
    long[] numbers = new long[families.size()];
    // letter -> paragraph -> family position -> words covered
    Map<String, Map<Integer, Map<Integer, Integer>>> cover = new HashMap<>();
    for (int f = 0; f < families.size(); f++) {
      ReuseFamily family = families.get(f);
      letterCounts[f] = family.letters().size();
      numbers[f] = number(family.id());
      for (ReusePassage copy : family.members()) {
        Map<Integer, Map<Integer, Integer>> byParagraph =
            cover.computeIfAbsent(copy.letter().id(), k -> new HashMap<>());
        for (ReuseToken word : copy.words()) {
          byParagraph
              .computeIfAbsent(word.paragraph(), k -> new HashMap<>())
              .merge(f, 1, Integer::sum);
        }
      }
    }
    Map<String, Map<Integer, IndexedLetter.Family>> out = new HashMap<>();
    cover.forEach(
        (letter, byParagraph) -> {
          Map<Integer, IndexedLetter.Family> chosen = new TreeMap<>();
          byParagraph.forEach(
              (paragraph, counts) -> {
                int best = -1;
                int bestWords = -1;
                for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                  int f = e.getKey();
                  int words = e.getValue();
                  if (best < 0
                      || words > bestWords
                      || words == bestWords
                          && (letterCounts[f] > letterCounts[best]
                              || letterCounts[f] == letterCounts[best]
                                  && numbers[f] < numbers[best])) {
                    best = f;
                    bestWords = words;
                  }
                }
                ReuseFamily b = families.get(best);
                chosen.put(
                    paragraph,
                    new IndexedLetter.Family(
                        b.id(), letterCounts[best], b.label() == ReuseLabel.BOILERPLATE));
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
}
