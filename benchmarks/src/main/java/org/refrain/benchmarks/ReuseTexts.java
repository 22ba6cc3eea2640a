package org.refrain.benchmarks;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.analysis.reuse.WordNormalizer;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/**
 * Letters as reuse texts, tokenised by OpenNLP's rule-based {@link SimpleTokenizer} (runs of
 * letters, of digits, and each other character) rather than annotated: the reuse benchmark measures
 * reuse detection, and annotation has its own benchmark, {@link AnnotationThroughput}.
 */
final class ReuseTexts {

  private final WordNormalizer normalizer;

  ReuseTexts(WordNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  List<ReuseText> texts(List<Letter> letters) {
    List<ReuseText> texts = new ArrayList<>(letters.size());
    for (Letter letter : letters) {
      List<Span> spans = new ArrayList<>();
      for (opennlp.tools.util.Span s : SimpleTokenizer.INSTANCE.tokenizePos(letter.text())) {
        spans.add(Span.of(s.getStart(), s.getEnd()));
      }
      texts.add(ReuseText.of(letter, spans, normalizer));
    }
    return texts;
  }
}
