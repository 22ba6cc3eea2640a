package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.demand.AskDetector;
import org.refrain.analysis.demand.DemandTagger;
import org.refrain.analysis.demand.LetterAsks;
import org.refrain.analysis.demand.SentenceAsk;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.corpus.Span;

/**
 * Reuse in an annotated corpus: the letters' words as {@link ReuseText}s, the families a {@link
 * ReuseFinder} finds in them, and a copy counted as asking when it holds half or more of a sentence
 * that asks, as the one {@link AskDetector} reads it (the demand tagger's asks: "We urge ...",
 * "Close all camps", "China should release ..."; in a press release also "the coalition urged").
 */
public final class CorpusReuse {

  private final ReuseSettings settings;

  private CorpusReuse(ReuseSettings settings) {
    this.settings = settings;
  }

  public static CorpusReuse of(ReuseSettings settings) {
    return new CorpusReuse(settings);
  }

  /**
   * The letters as reuse texts, in the order given. Each written word is normalised once, and its
   * form shared by every copy: the texts of a whole corpus are held at once.
   */
  public List<ReuseText> texts(List<AnnotatedLetter> letters) {
    WordNormalizer normalizer = settings.normalizer();
    Map<String, String> forms = new HashMap<>();
    UnaryOperator<String> normalize = word -> forms.computeIfAbsent(word, normalizer::normalize);
    List<ReuseText> texts = new ArrayList<>(letters.size());
    for (AnnotatedLetter letter : letters) {
      texts.add(ReuseText.of(letter, normalize));
    }
    return List.copyOf(texts);
  }

  /** The families of {@code letters}, largest first, asks found with the bundled lists. */
  public ReuseResult find(List<AnnotatedLetter> letters) {
    AskDetector detector = DemandTagger.of(Taxonomy.bundled()).asks();
    return find(letters, letters.stream().map(detector::find).toList());
  }

  /**
   * The families of {@code letters}, with the asking sentences read from {@code asks} (one per
   * letter, as {@link AskDetector#find} gives them), for a caller that has them already.
   */
  public ReuseResult find(List<AnnotatedLetter> letters, List<LetterAsks> asks) {
    Map<String, List<Span>> asking = askSentences(asks);
    return ReuseFinder.of(settings)
        .find(
            texts(letters),
            passage -> {
              for (Span sentence : asking.getOrDefault(passage.letter().id(), List.of())) {
                int overlap =
                    Math.min(sentence.end(), passage.span().end())
                        - Math.max(sentence.start(), passage.span().start());
                if (overlap * 2 >= sentence.length()) {
                  return true;
                }
              }
              return false;
            });
  }

  private static Map<String, List<Span>> askSentences(List<LetterAsks> asks) {
    Map<String, List<Span>> spans = new HashMap<>();
    for (LetterAsks letter : asks) {
      for (SentenceAsk sentence : letter.asking()) {
        spans
            .computeIfAbsent(letter.letter().letter().id(), k -> new ArrayList<>())
            .add(sentence.span());
      }
    }
    return spans;
  }
}
