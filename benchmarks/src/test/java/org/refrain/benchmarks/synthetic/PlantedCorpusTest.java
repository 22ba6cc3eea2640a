package org.refrain.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.Span;

class PlantedCorpusTest {

  private static final List<Letter> SAMPLES = CorpusReader.create().readBundled().letters();
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:st|nd|rd|th)?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

  /** One corpus shared by the tests that only read it. */
  private static final PlantedCorpus CORPUS = planted(42, 300, PlantingOptions.defaults());

  private static PlantedCorpus planted(long seed, int letters, PlantingOptions planting) {
    return PlantedCorpus.generate(
        SAMPLES, PlantedCorpus.background(seed, Target.letters(letters)), planting);
  }

  @Test
  void sameSeedGivesTheSameCorpus() {
    PlantedCorpus first = planted(7, 40, PlantingOptions.defaults());
    PlantedCorpus second = planted(7, 40, PlantingOptions.defaults());
    assertEquals(first, second);
    PlantedCorpus other = planted(8, 40, PlantingOptions.defaults());
    assertNotEquals(first.copies(), other.copies());
    assertNotEquals(first.letters(), other.letters());
  }

  @Test
  void theFirstLettersOfACorpusAreTheSmallerCorpus() {
    PlantedCorpus sixty = planted(5, 60, PlantingOptions.defaults());
    assertEquals(planted(5, 30, PlantingOptions.defaults()), sixty.prefix(30));
    assertEquals(sixty, sixty.prefix(60));
  }

  @Test
  void everyCopyStandsAtItsSpanInsideItsParagraph() {
    Map<String, Letter> letters = new HashMap<>();
    CORPUS.letters().forEach(l -> letters.put(l.id(), l));
    for (var entry : CORPUS.copiesByLetter().entrySet()) {
      Letter letter = letters.get(entry.getKey());
      int previousEnd = 0;
      for (PlantedCopy copy : entry.getValue()) {
        assertEquals(copy.text(), copy.span().in(letter.text()), letter.id());
        Paragraph paragraph = letter.paragraphs().get(copy.paragraph());
        assertTrue(paragraph.span().contains(copy.span()), letter.id() + " " + copy);
        assertTrue(copy.span().start() >= previousEnd, letter.id() + " copies overlap");
        previousEnd = copy.span().end();
      }
    }
  }

  @Test
  void everyLetterHoldsOneToSixDistinctFormulas() {
    Map<String, List<PlantedCopy>> byLetter = CORPUS.copiesByLetter();
    for (Letter letter : CORPUS.letters()) {
      List<PlantedCopy> copies = byLetter.getOrDefault(letter.id(), List.of());
      assertTrue(copies.size() >= 1 && copies.size() <= 6, letter.id() + ": " + copies.size());
      assertEquals(
          copies.size(), copies.stream().mapToInt(PlantedCopy::formula).distinct().count());
    }
  }

  @Test
  void someFormulasRecurInManyLettersAndMostInFew() {
    Map<Integer, Set<String>> lettersOf = new HashMap<>();
    for (PlantedCopy copy : CORPUS.copies()) {
      lettersOf.computeIfAbsent(copy.formula(), k -> new HashSet<>()).add(copy.letter());
    }
    int letters = CORPUS.letters().size();
    assertTrue(lettersOf.get(0).size() >= letters / 5, "formula 0 in " + lettersOf.get(0).size());
    long reused = lettersOf.values().stream().filter(s -> s.size() >= 2).count();
    long once = lettersOf.values().stream().filter(s -> s.size() == 1).count();
    assertTrue(reused >= 50, "formulas in two letters or more: " + reused);
    assertTrue(once > reused, "formulas planted once " + once + ", more than once " + reused);
  }

  @Test
  void formulasAreEightToOneHundredTwentyWordsMostlyShort() {
    int[] words = CORPUS.formulas().stream().mapToInt(Formula::words).sorted().toArray();
    assertEquals(1000, words.length);
    assertTrue(words[0] >= 8 && words[words.length - 1] <= 120, Arrays.toString(words));
    assertTrue(words[words.length / 2] < 50, "median " + words[words.length / 2]);
  }

  @Test
  void withoutEditsACopyIsItsFormulaWithNumbersChanged() {
    PlantedCorpus exact = planted(3, 40, PlantingOptions.defaults().withMaxEditRate(0));
    for (PlantedCopy copy : exact.copies()) {
      String formula = exact.formulas().get(copy.formula()).text();
      assertEquals(numbersOut(formula), numbersOut(copy.text()));
    }
  }

  @Test
  void editedCopiesStayCloseToTheirFormula() {
    double sum = 0;
    for (PlantedCopy copy : CORPUS.copies()) {
      List<String> formula = words(CORPUS.formulas().get(copy.formula()).text());
      List<String> text = words(copy.text());
      sum += dice(formula, text);
    }
    double mean = sum / CORPUS.copies().size();
    assertTrue(mean >= 0.85 && mean < 1, "mean similarity " + mean);
  }

  @Test
  void textOutsideTheCopiesIsRarelyShared() {
    // Eight-word sequences of the letters' own text, copies left out, counted once per letter.
    Map<List<String>, Integer> letters = new HashMap<>();
    Map<String, List<PlantedCopy>> byLetter = CORPUS.copiesByLetter();
    long total = 0;
    for (Letter letter : CORPUS.letters().subList(0, 100)) {
      Set<List<String>> own = new HashSet<>();
      for (Paragraph p : letter.paragraphs()) {
        for (String text : outside(letter, p.span(), byLetter.get(letter.id()))) {
          List<String> words = words(text);
          for (int i = 0; i + 8 <= words.size(); i++) {
            own.add(List.copyOf(words.subList(i, i + 8)));
          }
        }
      }
      total += own.size();
      own.forEach(s -> letters.merge(s, 1, Integer::sum));
    }
    long shared = letters.values().stream().filter(n -> n >= 2).count();
    assertTrue(shared * 100 < total, shared + " of " + total + " eight-word sequences shared");
  }

  @Test
  void writtenDocumentsHoldEveryCopyAtItsSpan(@TempDir Path dir) throws IOException {
    List<Letter> letters = CORPUS.letters().subList(0, 10);
    LetterDocumentWriter.write(letters, dir);
    Corpus read = CorpusReader.create().read(List.of(dir));
    assertEquals(10, read.letters().size(), read.diagnostics().toString());
    Map<String, List<PlantedCopy>> byLetter = CORPUS.copiesByLetter();
    for (int i = 0; i < letters.size(); i++) {
      String text = read.letters().get(i).text();
      for (PlantedCopy copy : byLetter.get(letters.get(i).id())) {
        assertEquals(copy.text(), copy.span().in(text), copy.toString());
      }
    }
  }

  @Test
  void optionsRejectBadValues() {
    PlantingOptions options = PlantingOptions.defaults();
    assertThrows(IllegalArgumentException.class, () -> options.withFormulas(0));
    assertThrows(IllegalArgumentException.class, () -> options.withCopies(3, 2));
    assertThrows(IllegalArgumentException.class, () -> options.withFormulas(4).withCopies(1, 5));
    assertThrows(IllegalArgumentException.class, () -> options.withWords(0, 10));
    assertThrows(IllegalArgumentException.class, () -> options.withMaxEditRate(0.8));
    assertThrows(IllegalArgumentException.class, () -> options.withParagraphShare(-1));
  }

  /** The stretches of the paragraph's text between the copies planted in it. */
  private static List<String> outside(Letter letter, Span paragraph, List<PlantedCopy> copies) {
    List<String> parts = new ArrayList<>();
    int at = paragraph.start();
    for (PlantedCopy copy : copies) {
      if (paragraph.contains(copy.span())) {
        parts.add(letter.text().substring(at, copy.span().start()));
        at = copy.span().end();
      }
    }
    parts.add(letter.text().substring(at, paragraph.end()));
    return parts;
  }

  private static String numbersOut(String text) {
    return NUMBER.matcher(text).replaceAll("#");
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static double dice(List<String> a, List<String> b) {
    int changed = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      changed += delta.getSource().size() + delta.getTarget().size();
    }
    return 1 - (double) changed / (a.size() + b.size());
  }
}
