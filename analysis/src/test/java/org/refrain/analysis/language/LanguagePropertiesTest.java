package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refrain.analysis.language.LanguageFixtures.ANNOTATOR;
import static org.refrain.analysis.language.LanguageFixtures.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.analysis.annotate.Token;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.Span;
import org.refrain.corpus.claim.NumberWords;

/** Invariants of concordances, term counts and distinctive terms, on seeded random input. */
class LanguagePropertiesTest {

  private static final long SEED = 20240318L;

  private static final String[] VOCABULARY = {
    "the", "of", "and", "we", "urge", "camps", "prison", "human", "rights", "crimes", "against",
    "humanity", "North", "Korea", "2020", "80,000", "12", "report", "to", "in", "is", "a",
    "Commission", "Inquiry", "torture", "refugees", "must", "may", "three", "government", "not"
  };
  private static final String[] PUNCTUATION = {",", ";", ":", " (", ")", " -", "."};

  /** A random letter: 1-3 paragraphs of 1-3 sentences of 3-14 words, punctuation sprinkled. */
  private static AnnotatedLetter randomLetter(Random random, int index) {
    int paragraphs = 1 + random.nextInt(3);
    String[] texts = new String[paragraphs];
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(' ');
        }
        int words = 3 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
          String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
          if (w == 0) {
            word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
          } else {
            text.append(' ');
          }
          text.append(word);
          if (w < words - 1 && random.nextInt(6) == 0) {
            text.append(PUNCTUATION[random.nextInt(PUNCTUATION.length - 1)]);
          }
        }
        text.append('.');
      }
      texts[p] = text.toString();
    }
    return LanguageFixtures.annotate("random-" + index, texts);
  }

  @Test
  void concordanceSpansAreInBoundsAndMatchTheTextWithinTheParagraph() {
    Random random = new Random(SEED);
    List<AnnotatedLetter> letters = sample();
    int originsChecked = 0;
    for (int round = 0; round < 150; round++) {
      AnnotatedLetter from = letters.get(random.nextInt(letters.size()));
      Sentence sentence = from.sentences().get(random.nextInt(from.sentences().size()));
      List<Token> words = sentence.tokens().stream().filter(Token::isWord).toList();
      if (words.isEmpty()) {
        continue;
      }
      int start = random.nextInt(words.size());
      int length = 1 + random.nextInt(Math.min(3, words.size() - start));
      Span origin =
          Span.of(words.get(start).span().start(), words.get(start + length - 1).span().end());
      String phrase = origin.in(from.letter().text());
      boolean lemma = random.nextBoolean();
      int window = random.nextInt(13);
      PhraseQuery query = PhraseQuery.parse(phrase, ANNOTATOR, lemma);
      List<KwicLine> lines = Concordancer.find(letters, query, window);
      for (KwicLine line : lines) {
        assertLineIsSound(line, window, phrase);
      }
      // When the phrase is tokenised in isolation as it was in its sentence, it finds itself.
      List<Token> inText =
          sentence.tokens().stream().filter(t -> origin.contains(t.span())).toList();
      if (!lemma
          && query.words().equals(inText.stream().map(Token::norm).toList())
          && query.words().stream().noneMatch(w -> w.endsWith("*"))) {
        originsChecked++;
        assertTrue(
            lines.stream().anyMatch(l -> l.letter() == from && l.span().equals(origin)),
            "'" + phrase + "' does not find itself in " + from.letter().id());
      }
    }
    assertTrue(originsChecked >= 40, "too few origins checked: " + originsChecked);
  }

  private static void assertLineIsSound(KwicLine line, int window, String phrase) {
    String text = line.letter().letter().text();
    Span span = line.span();
    String what = "'" + phrase + "' at " + span + " in " + line.letter().letter().id();
    assertTrue(0 <= span.start() && span.start() < span.end() && span.end() <= text.length(), what);
    assertEquals(Concordancer.collapse(span.in(text)), line.match(), what);
    Paragraph paragraph =
        line.letter().letter().paragraphs().stream()
            .filter(p -> p.span().contains(span))
            .findFirst()
            .orElseThrow(() -> new AssertionError(what + ": the match leaves its paragraph"));
    assertTrue(line.sentence() >= 0 && line.sentence() < line.letter().sentences().size(), what);
    assertTrue(line.letter().sentences().get(line.sentence()).span().contains(span), what);
    // The context is the window's words of the paragraph, with the punctuation between them (and,
    // on the left, before the first word when the paragraph has fewer than window words; on the
    // right, up to the next word).
    int paragraphIndex = line.letter().sentences().get(line.sentence()).paragraph();
    List<Token> tokens =
        line.letter().sentences().stream()
            .filter(s -> s.paragraph() == paragraphIndex)
            .flatMap(s -> s.tokens().stream())
            .toList();
    List<Token> before = tokens.stream().filter(t -> t.span().end() <= span.start()).toList();
    List<Token> after = tokens.stream().filter(t -> t.span().start() >= span.end()).toList();
    List<Token> wordsBefore = before.stream().filter(Token::isWord).toList();
    int leftFrom =
        before.isEmpty()
            ? span.start()
            : wordsBefore.size() >= window && window > 0
                ? wordsBefore.get(wordsBefore.size() - window).span().start()
                : window == 0 ? span.start() : before.get(0).span().start();
    assertEquals(
        Concordancer.collapse(text.substring(leftFrom, span.start())), line.left(), what + " left");
    int rightTo = span.end();
    int words = 0;
    for (Token t : after) {
      if (t.isWord() && words++ == window) {
        break;
      }
      rightTo = t.span().end();
    }
    assertEquals(
        Concordancer.collapse(text.substring(span.end(), rightTo)), line.right(), what + " right");
    assertTrue(paragraph.span().start() <= leftFrom && rightTo <= paragraph.span().end(), what);
  }

  @Test
  void termCountsArePositiveAndWithinTheirRules() {
    Random random = new Random(SEED + 1);
    List<AnnotatedLetter> letters = new ArrayList<>(sample());
    for (int i = 0; i < 40; i++) {
      letters.add(randomLetter(random, i));
    }
    for (AnnotatedLetter letter : letters) {
      int maxN = 1 + random.nextInt(5);
      TermCounter counter = TermCounter.upTo(maxN);
      LetterTerms terms = counter.count(letter);
      assertEquals(letter.words(), terms.words());
      for (Map.Entry<String, Integer> e : terms.counts().entrySet()) {
        String term = e.getKey();
        String what = term + " in " + letter.letter().id() + " (maxN " + maxN + ")";
        String[] words = term.split(" ");
        assertTrue(e.getValue() >= 1, what);
        assertTrue(words.length <= maxN, what);
        assertTrue(e.getValue() <= terms.words(), what);
        assertFalse(counter.isStopWord(words[0]), what);
        assertFalse(counter.isStopWord(words[words.length - 1]), what);
        for (String w : words) {
          assertFalse(w.isEmpty(), what);
          assertFalse(w.matches("[\\d.,/%-]+"), what + ": a number");
        }
        int forms = terms.forms().get(term).values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(e.getValue(), forms, what + ": forms do not add up to the count");
      }
      // Each single word counted is a word token of the letter's content (salutation and closing
      // left out) with that lemma, numbers aside (without a letter, or a number word; the NUM tag
      // alone is not enough).
      Map<String, Integer> lemmas = new HashMap<>();
      letter.contentSentences().stream()
          .flatMap(s -> s.tokens().stream())
          .filter(Token::isWord)
          .filter(
              t ->
                  t.text().codePoints().anyMatch(Character::isLetter)
                      && NumberWords.parse(t.text()).isEmpty())
          .forEach(t -> lemmas.merge(t.lemma(), 1, Integer::sum));
      terms.counts().entrySet().stream()
          .filter(e -> !e.getKey().contains(" "))
          .forEach(
              e -> assertEquals(lemmas.get(e.getKey()), e.getValue(), e.getKey() + " as a word"));
    }
  }

  @Test
  void distinctiveTermsAreOverusedInTheirLetterAndSignificant() {
    Random random = new Random(SEED + 2);
    double[] levels = {0.001, 0.01, 0.05, 0.2, 1};
    List<List<LetterTerms>> corpora = new ArrayList<>();
    corpora.add(TermCounter.upTo(3).count(sample()));
    for (int c = 0; c < 6; c++) {
      List<LetterTerms> corpus = new ArrayList<>();
      int size = 2 + random.nextInt(5);
      for (int i = 0; i < size; i++) {
        corpus.add(TermCounter.upTo(2).count(randomLetter(random, 100 * c + i)));
      }
      corpora.add(corpus);
    }
    int rows = 0;
    for (int round = 0; round < 40; round++) {
      List<LetterTerms> corpus = corpora.get(random.nextInt(corpora.size()));
      double maxP = levels[random.nextInt(levels.length)];
      int minCount = 1 + random.nextInt(5);
      int limit = 1 + random.nextInt(10);
      Map<LetterTerms, Integer> lastRank = new HashMap<>();
      Map<LetterTerms, Double> lastG2 = new HashMap<>();
      for (DistinctiveTerms.Distinctive d :
          DistinctiveTerms.of(corpus, Keyness.of(maxP, minCount), limit)) {
        rows++;
        KeyTerm t = d.term();
        String what = t + " (maxP " + maxP + ", minCount " + minCount + ", limit " + limit + ")";
        assertEquals("A", t.overusedIn(), what);
        assertTrue(t.logRatio() >= 0, what);
        assertTrue(t.p() <= maxP, what);
        assertTrue(t.countA() + t.countB() >= minCount, what);
        assertEquals(d.letter().count(t.term()), t.countA(), what);
        assertEquals(d.letter().words(), t.wordsA(), what);
        assertTrue(d.rank() >= 1 && d.rank() <= limit, what);
        assertEquals(lastRank.getOrDefault(d.letter(), 0) + 1, d.rank(), what);
        assertTrue(t.g2() <= lastG2.getOrDefault(d.letter(), Double.MAX_VALUE), what);
        lastRank.put(d.letter(), d.rank());
        lastG2.put(d.letter(), t.g2());
      }
    }
    assertTrue(rows > 100, "too few distinctive terms to say anything: " + rows);
  }
}
