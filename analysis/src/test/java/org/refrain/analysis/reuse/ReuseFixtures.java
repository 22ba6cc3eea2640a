package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.refrain.analysis.HandLetters;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/** Hand-made letters as reuse texts, tokenised by a regex (words and numbers, no punctuation). */
final class ReuseFixtures {

  private ReuseFixtures() {}

  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-\u00AD\u2010-\u2015][\\p{L}\\p{N}]+)*");

  static final WordNormalizer NORMALIZER = ReuseSettings.defaults().normalizer();

  /** The word spans of {@code text}. */
  static List<Span> words(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(Span.of(m.start(), m.end()));
    }
    return spans;
  }

  /** A dated hand letter ("id#1") as a reuse text with the default normalisation. */
  static ReuseText text(String id, String date, String... paragraphs) {
    return text(HandLetters.letter(id + "#1").date(date).paragraphs(paragraphs).build());
  }

  static ReuseText text(Letter letter) {
    return text(letter, NORMALIZER);
  }

  static ReuseText text(Letter letter, WordNormalizer normalizer) {
    return ReuseText.of(letter, words(letter.text()), normalizer);
  }

  /** The family's copies as "letter@start..end", in member order. */
  static List<String> copies(ReuseFamily family) {
    return family.members().stream()
        .map(m -> m.letter().id() + "@" + m.span().start() + ".." + m.span().end())
        .toList();
  }

  /** The normalised words of a passage joined by spaces. */
  static String norms(List<ReuseToken> words) {
    return words.stream().map(ReuseToken::norm).collect(Collectors.joining(" "));
  }

  /** A run of distinct filler words, never shared by accident: "w0a w1a ...". */
  static String filler(String tag, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(tag).append(Character.toString('a' + i % 26)).append(i / 26);
    }
    return out.toString();
  }
}
