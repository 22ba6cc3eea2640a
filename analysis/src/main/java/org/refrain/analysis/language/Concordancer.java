package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Token;
import org.refrain.corpus.Span;

/**
 * Builds a concordance (key word in context): every match of a query with up to {@code window}
 * words either side, taken from the match's paragraph. A match never spans two sentences. Lines
 * come in corpus order, then text order. Unlike the term counts it searches every paragraph, the
 * salutation and closing too: a search for "excellency" finds "Your Excellency,".
 */
public final class Concordancer {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Words of context either side by default. */
  public static final int DEFAULT_WINDOW = 8;

  private Concordancer() {}

  public static List<KwicLine> find(List<AnnotatedLetter> letters, PhraseQuery query, int window) {
    if (window < 0) {
      throw new IllegalArgumentException("window must be >= 0: " + window);
    }
    List<KwicLine> lines = new ArrayList<>();
    for (AnnotatedLetter letter : letters) {
      String text = letter.letter().text();
      for (ParagraphTokens.Run run : ParagraphTokens.of(letter)) {
        List<Token> tokens = run.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          int end = i + query.length();
          if (query.matchesAt(tokens, i) && sameSentence(run, i, end)) {
            Span match = Span.of(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
            int from = contextStart(tokens, i, window);
            int to = contextEnd(tokens, end, window);
            lines.add(
                new KwicLine(
                    letter,
                    run.sentences().get(i),
                    match,
                    collapse(text.substring(from, match.start())),
                    collapse(match.in(text)),
                    collapse(text.substring(match.end(), to))));
          }
        }
      }
    }
    return lines;
  }

  private static boolean sameSentence(ParagraphTokens.Run run, int start, int end) {
    return run.sentences().get(start).equals(run.sentences().get(end - 1));
  }

  /** Where the left context starts: {@code window} words back, punctuation between included. */
  static int contextStart(List<Token> tokens, int match, int window) {
    int words = 0;
    int from = match;
    for (int k = match - 1; k >= 0 && words < window; k--) {
      from = k;
      if (tokens.get(k).isWord()) {
        words++;
      }
    }
    return from == match ? tokens.get(match).span().start() : tokens.get(from).span().start();
  }

  /** Where the right context ends: {@code window} words on, and the punctuation right after. */
  static int contextEnd(List<Token> tokens, int end, int window) {
    int words = 0;
    int to = end - 1;
    for (int k = end; k < tokens.size(); k++) {
      if (tokens.get(k).isWord()) {
        if (words == window) {
          break;
        }
        words++;
      }
      to = k;
    }
    return tokens.get(to).span().end();
  }

  static String collapse(String s) {
    return SPACES.matcher(s.strip()).replaceAll(" ");
  }
}
