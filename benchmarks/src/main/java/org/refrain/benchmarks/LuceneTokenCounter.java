package org.refrain.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs Lucene's {@link StandardAnalyzer} over paragraphs and counts its tokens: the floor of any
 * tokenisation, since a grammar-based tokenizer with no model is what an index would use.
 */
final class LuceneTokenCounter {

  private LuceneTokenCounter() {}

  /** Tokens of every paragraph, each token stream consumed to its end. */
  static long count(List<String> paragraphs) {
    long tokens = 0;
    long chars = 0;
    try (StandardAnalyzer analyzer = new StandardAnalyzer()) {
      for (String paragraph : paragraphs) {
        try (TokenStream stream = analyzer.tokenStream("body", paragraph)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            tokens++;
            chars += term.length();
          }
          stream.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Reading the terms is part of the work an index does; chars keeps it from being skipped.
    return chars < 0 ? -1 : tokens;
  }
}
