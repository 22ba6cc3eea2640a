package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.language.Directive;
import org.refrain.analysis.language.RhetoricProfile;
import org.refrain.analysis.language.RhetoricProfiler;
import org.refrain.corpus.Span;

/**
 * Reuse in an annotated corpus: the letters' words as {@link ReuseText}s, the families a {@link
 * ReuseFinder} finds in them, and a copy counted as asking when it holds half or more of a sentence
 * in which the letter itself makes a request ("We urge ...", "Close all camps"; not "the coalition
 * urged"), as the rhetoric profiler finds them.
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

  /** The families of {@code letters}, largest first. */
  public ReuseResult find(List<AnnotatedLetter> letters) {
    return find(letters, RhetoricProfiler.create().profile(letters));
  }

  /**
   * The families of {@code letters}, with the asks read from their rhetoric {@code profiles} (as
   * {@link RhetoricProfiler#profile} gives them), for a caller that has them already.
   */
  public ReuseResult find(List<AnnotatedLetter> letters, List<RhetoricProfile> profiles) {
    Map<String, List<Span>> asks = askSentences(profiles);
    return ReuseFinder.of(settings)
        .find(
            texts(letters),
            passage -> {
              for (Span sentence : asks.getOrDefault(passage.letter().id(), List.of())) {
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

  private static Map<String, List<Span>> askSentences(List<RhetoricProfile> profiles) {
    Map<String, List<Span>> asks = new HashMap<>();
    for (RhetoricProfile profile : profiles) {
      for (Directive directive : RhetoricProfiler.directives(profile)) {
        if (!directive.voice().equals("third-person")) {
          asks.computeIfAbsent(directive.letter().letter().id(), k -> new ArrayList<>())
              .add(directive.annotatedSentence().span());
        }
      }
    }
    return asks;
  }
}
