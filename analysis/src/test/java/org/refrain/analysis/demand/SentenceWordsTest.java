package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/**
 * Splitting tokens into the units patterns match: hyphens and possessives, spans in the letter
 * text, and a seeded property test over arbitrary text.
 */
class SentenceWordsTest {

  private static final long SEED = 20240318L;

  private static AnnotatedLetter annotate(String... paragraphs) {
    return OpenNlpAnnotator.shared()
        .annotate(HandLetters.letter("words#1").paragraphs(paragraphs).build());
  }

  /** The parts of {@code word}, as text. */
  private static List<String> parts(String word) {
    return SentenceWords.parts(word).stream().map(p -> word.substring(p[0], p[1])).toList();
  }

  @Test
  void aWordSplitsAtHyphensBetweenLettersOrDigits() {
    assertEquals(List.of("shoot", "to", "kill"), parts("shoot-to-kill"));
    assertEquals(List.of("non", "refoulement"), parts("non-refoulement"));
    assertEquals(List.of("2014", "2017"), parts("2014-2017"));
    assertEquals(List.of("co", "sponsor"), parts("co\u2011sponsor"));
    assertEquals(List.of("co", "sponsor"), parts("co\u2010sponsor"));
    // Not between two letters or digits: no split.
    assertEquals(List.of("-abc"), parts("-abc"));
    assertEquals(List.of("abc-"), parts("abc-"));
    assertEquals(List.of("a--b"), parts("a--b"));
    assertEquals(List.of("a\u2013b"), parts("a\u2013b"));
    assertEquals(List.of("camp"), parts("camp"));
  }

  @Test
  void aFinalPossessiveIsAPartOfItsOwn() {
    assertEquals(List.of("korea", "'s"), parts("korea's"));
    assertEquals(List.of("co", "op", "'s"), parts("co-op's"));
    assertEquals(List.of("'s"), parts("'s"));
    assertEquals(List.of("its"), parts("its"));
  }

  @Test
  void theUnitsOfAHyphenatedTokenShareItsSpanAndKeepTheirOwn() {
    AnnotatedLetter a = annotate("Guards had shoot-to-kill orders.");
    String text = a.letter().text();
    SentenceWords words = SentenceWords.of(a.sentences().get(0));
    List<String> norms = words.words().stream().map(SentenceWords.Word::norm).toList();
    assertEquals(List.of("guards", "had", "shoot", "to", "kill", "orders", "."), norms);
    Span token = Span.of(text.indexOf("shoot"), text.indexOf(" orders"));
    for (int i = 2; i <= 4; i++) {
      SentenceWords.Word w = words.get(i);
      assertEquals(token, w.token(), "unit " + i);
      assertEquals(w.norm(), w.span().in(text), "unit " + i);
      assertTrue(w.token().contains(w.span()));
    }
    assertEquals("shoot-to-kill", words.span(3, 4).in(text), "widened to the whole token");
    assertEquals("had shoot-to-kill", words.span(1, 3).in(text));
  }

  @Test
  void aHyphenatedWordSplitsItsLemmaAlike() {
    AnnotatedLetter a = annotate("Japan co-sponsored it.");
    SentenceWords words = SentenceWords.of(a.sentences().get(0));
    assertEquals("co", words.get(1).norm());
    assertEquals("sponsored", words.get(2).norm());
    assertEquals("sponsor", words.get(2).lemma());
    assertEquals(words.get(1).tag(), words.get(2).tag(), "parts keep the token's tag");
  }

  @Test
  void aTypographicPossessiveIsStraightened() {
    AnnotatedLetter a = annotate("Guards in Korea\u2019s north shot them.");
    SentenceWords words = SentenceWords.of(a.sentences().get(0));
    List<String> norms = words.words().stream().map(SentenceWords.Word::norm).toList();
    assertTrue(norms.contains("korea"), norms.toString());
    assertTrue(norms.contains("'s"), norms.toString());
    assertFalse(words.get(norms.indexOf("'s")).isPunctuation());
    assertTrue(words.get(norms.size() - 1).isPunctuation(), "the full stop");
  }

  @Test
  void aTokenWhoseLowerCaseChangesLengthStaysWhole() {
    // "İ" lower-cases to two chars: split parts would no longer line up with the text.
    AnnotatedLetter a = annotate("\u0130stanbul-based groups met.");
    SentenceWords.Word first = SentenceWords.of(a.sentences().get(0)).get(0);
    assertEquals(first.token(), first.span());
    assertEquals("\u0130stanbul-based", first.span().in(a.letter().text()));
  }

  @Test
  void unitsAreInOrderAndInsideTheirSentence() {
    AnnotatedLetter a =
        annotate(
            "We urge non-state actors to co-sponsor the EU-led resolution.",
            "Korea's shoot-to-kill order, from 2020-2021, stands.");
    assertWellFormed(a, "hand letter");
    assertEquals(2, a.sentences().size());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void arbitraryTextNeverThrowsAndEveryUnitStaysInItsSentence() {
    Random random = new Random(SEED);
    DemandTagger tagger = DemandTagger.of(Taxonomy.bundled());
    int units = 0;
    for (int l = 0; l < 60; l++) {
      String[] paragraphs = new String[1 + random.nextInt(3)];
      for (int p = 0; p < paragraphs.length; p++) {
        paragraphs[p] = paragraph(random);
      }
      Letter letter = HandLetters.letter("random-" + l + "#1").paragraphs(paragraphs).build();
      String what = "seed " + SEED + ", letter " + l + ": " + escape(letter.text());
      AnnotatedLetter a =
          assertDoesNotThrow(() -> OpenNlpAnnotator.shared().annotate(letter), what);
      units += assertWellFormed(a, what);
      LetterDemands tagged = assertDoesNotThrow(() -> tagger.tag(a), what);
      for (DemandTag tag : tagged.tags()) {
        for (Evidence e : tag.evidence()) {
          assertTrue(e.span().end() <= letter.text().length(), what);
          assertEquals(e.span().in(letter.text()), e.text(), what);
        }
      }
    }
    // Not a golden number: a guard that the generator makes text with words in it.
    assertTrue(units > 500, "units: " + units);
  }

  /**
   * Asserts every unit of every sentence of {@code a} is inside the letter text, its sentence and
   * its token, in order, with the token's text at its token span; returns the number of units.
   */
  private static int assertWellFormed(AnnotatedLetter a, String what) {
    String text = a.letter().text();
    int units = 0;
    for (Sentence sentence : a.sentences()) {
      SentenceWords words = assertDoesNotThrow(() -> SentenceWords.of(sentence), what);
      assertEquals(sentence, words.sentence(), what);
      int previousEnd = sentence.span().start();
      for (SentenceWords.Word w : words.words()) {
        Span span = w.span();
        assertTrue(span.length() > 0, what + ": empty unit at " + span);
        assertTrue(span.end() <= text.length(), what + ": unit " + span + " outside the text");
        assertTrue(sentence.span().contains(span), what + ": unit " + span + " outside sentence");
        assertTrue(sentence.span().contains(w.token()), what + ": token " + w.token());
        assertTrue(w.token().contains(span), what + ": unit " + span + " outside " + w.token());
        assertTrue(span.start() >= previousEnd, what + ": unit " + span + " out of order");
        if (!span.equals(w.token())) {
          // A part of a split token is the lower-case text at its own span.
          assertEquals(w.norm().length(), span.length(), what + ": norm of part " + span);
        }
        previousEnd = span.end();
        units++;
      }
      if (words.size() > 0) {
        Span all = words.span(0, words.size());
        assertTrue(sentence.span().contains(all), what + ": span(0, size) " + all);
      }
    }
    return units;
  }

  private static final String[] WORDS = {
    "shoot-to-kill",
    "non-refoulement",
    "Korea's",
    "Korea\u2019s",
    "co\u2011sponsor",
    "2014-2017",
    "-",
    "--",
    "'s",
    "\u2019s",
    "a-b-c-d-e",
    "x's",
    "İstanbul-based",
    "STRAẞE-weg",
    "ǅ-ǆ",
    "\u03a3\u03a3-\u03a3",
    "ﬁ-ﬂ",
    "ß-ss",
    "camps",
    "political",
    "prison",
    "urge",
    "we",
    ";",
    ":",
    "1.",
    "(",
    ")",
    "\u2014",
    "\ud83d\ude00-\ud83d\ude00",
    "a\u0301-b\u0301",
    "\u05d0-\u05d1",
    "\u4e2d-\u56fd",
    "\u0000",
    "\u200b-\u200b",
    "deported",
    "'",
    "''",
    "-'s",
    "s'-s"
  };

  /** Words drawn mostly from {@link #WORDS}, sometimes random code points, hyphens sprinkled. */
  private static String paragraph(Random random) {
    StringBuilder p = new StringBuilder();
    for (int i = 1 + random.nextInt(25); i > 0; i--) {
      if (random.nextInt(4) == 0) {
        for (int c = 1 + random.nextInt(6); c > 0; c--) {
          int cp = random.nextInt(3) == 0 ? '-' : random.nextInt(0x3000);
          p.appendCodePoint(cp);
        }
      } else {
        p.append(WORDS[random.nextInt(WORDS.length)]);
      }
      p.append(random.nextInt(7) == 0 ? ". " : random.nextInt(9) == 0 ? "-" : " ");
    }
    return p.toString().strip().isEmpty() ? "camps" : p.toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && i < 1000; i++) {
      char c = s.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
