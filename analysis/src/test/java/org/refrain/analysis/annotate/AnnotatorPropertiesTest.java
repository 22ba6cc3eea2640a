package org.refrain.analysis.annotate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.Span;

/**
 * Random paragraphs of arbitrary Unicode (surrogate pairs, combining marks, right-to-left scripts,
 * CJK, control characters, very long words, punctuation only): annotating never throws, every span
 * stays in bounds and the text at every token's span is the token. Seeded, so a failure repeats.
 */
class AnnotatorPropertiesTest {

  private static final long SEED = 20240318L;
  private static final int LETTERS = 40;
  private static final int PARAGRAPHS_PER_LETTER = 5;

  private static final String PUNCTUATION = ".,;:!?()[]{}“”‘’\"'-–—…/\\*•§%&#@$€£¥+=<>|~^_`";
  private static final String WHITE = " \t\n\r\u00a0\u2009\u3000\u2028\u200b\f\u000b";

  /** Code points of one script or kind of character, chosen by {@code kind}. */
  private static int codePoint(Random random, int kind) {
    return switch (kind) {
      case 0 -> 'a' + random.nextInt(26);
      case 1 -> 'A' + random.nextInt(26);
      case 2 -> '0' + random.nextInt(10);
      case 3 -> PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
      case 4 -> 0x1F600 + random.nextInt(80); // emoji: surrogate pairs
      case 5 -> 0x1D400 + random.nextInt(52); // mathematical letters: surrogate pairs
      case 6 -> 0x0300 + random.nextInt(0x70); // combining marks
      case 7 -> 0x05D0 + random.nextInt(27); // Hebrew
      case 8 -> 0x0627 + random.nextInt(20); // Arabic
      case 9 -> 0x4E00 + random.nextInt(0x5200); // CJK ideographs
      case 10 -> random.nextInt(0x20); // C0 controls, NUL included
      case 11 -> new int[] {0x200E, 0x200F, 0x202E, 0x2066, 0x200D, 0xFEFF}[random.nextInt(6)];
      case 12 -> 0xD800 + random.nextInt(0x800); // a lone surrogate
      case 13 -> 0xC0 + random.nextInt(0x180); // Latin-1 and Latin Extended-A letters
      default -> random.nextInt(0x10000);
    };
  }

  private static String word(Random random, int length) {
    StringBuilder w = new StringBuilder();
    int kind = random.nextInt(16);
    for (int i = 0; i < length; i++) {
      // Mostly one kind per word, sometimes a mixture.
      w.appendCodePoint(codePoint(random, random.nextInt(4) == 0 ? random.nextInt(16) : kind));
    }
    return w.toString();
  }

  private static String paragraph(Random random) {
    StringBuilder p = new StringBuilder();
    switch (random.nextInt(6)) {
      case 0 -> { // punctuation only
        for (int i = 1 + random.nextInt(40); i > 0; i--) {
          p.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
          if (random.nextInt(4) == 0) {
            p.append(' ');
          }
        }
      }
      case 1 -> p.append(word(random, 500 + random.nextInt(3000))); // one very long word
      case 2 -> { // English-like sentences with odd characters mixed in
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
          p.append("We urge the U.S. and No. ")
              .append(random.nextInt(100))
              .append(' ')
              .append(word(random, 1 + random.nextInt(12)))
              .append(random.nextBoolean() ? ". " : "; ")
              .append(random.nextBoolean() ? "1. " : "“")
              .append(word(random, 1 + random.nextInt(8)))
              .append(random.nextBoolean() ? ".” " : " -. ");
        }
      }
      case 3 -> { // white space of every kind between short words
        for (int i = 1 + random.nextInt(20); i > 0; i--) {
          p.append(word(random, 1 + random.nextInt(4)));
          p.append(WHITE.charAt(random.nextInt(WHITE.length())));
        }
      }
      default -> { // words of any kind
        for (int i = 1 + random.nextInt(40); i > 0; i--) {
          p.append(word(random, 1 + random.nextInt(15)));
          p.append(random.nextInt(6) == 0 ? ". " : " ");
        }
      }
    }
    return p.toString();
  }

  private static List<Letter> randomLetters() {
    Random random = new Random(SEED);
    List<Letter> letters = new ArrayList<>();
    for (int l = 0; l < LETTERS; l++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < PARAGRAPHS_PER_LETTER; p++) {
        paragraphs.add(paragraph(random));
      }
      letters.add(AnnotateFixtures.letter("random-" + l, paragraphs));
    }
    return letters;
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void annotatingArbitraryUnicodeNeverThrowsAndKeepsEverySpanTrue() {
    List<Letter> letters = randomLetters();
    int sentences = 0;
    for (Letter letter : letters) {
      AnnotatedLetter annotated =
          assertDoesNotThrow(
              () -> AnnotateFixtures.ANNOTATOR.annotate(letter),
              () -> "seed " + SEED + ", " + letter.id() + ": " + escape(letter.text()));
      AnnotateFixtures.assertWellFormed(annotated);
      for (int p = 0; p < letter.paragraphs().size(); p++) {
        Paragraph paragraph = letter.paragraphs().get(p);
        int index = p;
        List<Span> local =
            annotated.sentences().stream()
                .filter(s -> s.paragraph() == index)
                .map(s -> s.span().shift(-paragraph.span().start()))
                .toList();
        AnnotateFixtures.assertSentenceSpans(
            paragraph.text(), local, "seed " + SEED + ", " + letter.id() + " paragraph " + p);
      }
      sentences += annotated.sentences().size();
    }
    assertEquals(LETTERS, letters.size());
    // Not a golden number: only a guard that the generator makes text the annotator reads.
    assertTrue(sentences > LETTERS, "sentences: " + sentences);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void splittingArbitraryUnicodeKeepsTheSplittersPromise() {
    SentenceSplitter splitter = SentenceSplitter.create();
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 300; i++) {
      String text = paragraph(random);
      if (random.nextBoolean()) {
        text = WHITE.charAt(random.nextInt(WHITE.length())) + text + "  ";
      }
      String input = text;
      List<Span> spans =
          assertDoesNotThrow(() -> splitter.split(input), () -> "text " + escape(input));
      AnnotateFixtures.assertSentenceSpans(input, spans, "seed " + SEED + " text " + i);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tokenisingArbitraryUnicodeGivesTokensThatPointIntoTheText() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < 200; i++) {
      String text = (random.nextBoolean() ? "  " : "") + paragraph(random);
      List<Token> tokens =
          assertDoesNotThrow(
              () -> AnnotateFixtures.ANNOTATOR.tokens(text), () -> "text " + escape(text));
      int previousEnd = 0;
      for (Token t : tokens) {
        assertTrue(t.span().start() >= previousEnd, "text " + i + ": token out of order " + t);
        assertEquals(t.text(), t.span().in(text), "text " + i);
        previousEnd = t.span().end();
      }
    }
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && i < 2000; i++) {
      char c = s.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
