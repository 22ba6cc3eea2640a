package org.refrain.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.signatory.SignatoryMention;

class SyntheticCorpusTest {

  private static final List<Letter> SAMPLES = CorpusReader.create().readBundled().letters();
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** One 2 MB corpus shared by the tests that only read it: generating it is most of their time. */
  private static final List<Letter> TWO_MB =
      SyntheticCorpus.generate(SAMPLES, SyntheticOptions.of(42, Target.megabytes(2)));

  @Test
  void sameSeedGivesTheSameCorpus() {
    SyntheticOptions options = SyntheticOptions.of(7, Target.letters(40));
    List<Letter> first = SyntheticCorpus.generate(SAMPLES, options);
    List<Letter> second = SyntheticCorpus.generate(SAMPLES, options);
    assertEquals(first, second);
    List<Letter> other =
        SyntheticCorpus.generate(SAMPLES, SyntheticOptions.of(8, Target.letters(40)));
    assertNotEquals(texts(first), texts(other));
  }

  @Test
  void aLetterTargetGivesThatManyLetters() {
    assertEquals(
        25, SyntheticCorpus.generate(SAMPLES, SyntheticOptions.of(1, Target.letters(25))).size());
  }

  @Test
  void aMegabyteTargetIsReachedByItsLastLetter() {
    List<Letter> letters =
        SyntheticCorpus.generate(SAMPLES, SyntheticOptions.of(1, Target.megabytes(0.1)));
    long all = SyntheticCorpus.paragraphBytes(letters);
    long allButLast = SyntheticCorpus.paragraphBytes(letters.subList(0, letters.size() - 1));
    assertTrue(all >= 100_000, "bytes " + all);
    assertTrue(allButLast < 100_000, "bytes without the last letter " + allButLast);
  }

  @Test
  void spansMatchTheText() {
    for (Letter letter : TWO_MB) {
      int previousEnd = 0;
      for (Paragraph p : letter.paragraphs()) {
        assertEquals(p.text(), p.span().in(letter.text()), letter.id());
        assertTrue(p.span().start() >= previousEnd, letter.id() + " paragraphs out of order");
        assertTrue(!p.text().isBlank(), letter.id() + " blank paragraph");
        previousEnd = p.span().end();
      }
      for (SignatoryMention m : letter.signatories()) {
        assertEquals(m.raw(), m.span().in(letter.text()), letter.id());
        assertTrue(m.span().start() >= previousEnd, letter.id() + " signatory before the body");
        previousEnd = m.span().end();
      }
      assertEquals(letter.signatories().size(), letter.listed().total(), letter.id());
    }
  }

  @Test
  void idsAndSourcesAreUniqueAndDatesSpanYears() {
    Set<String> ids = new HashSet<>();
    Set<String> sources = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    for (Letter letter : TWO_MB) {
      assertTrue(ids.add(letter.id()), "duplicate id " + letter.id());
      assertTrue(sources.add(letter.source()), "duplicate source " + letter.source());
      years.add(letter.date().value().getYear());
    }
    assertEquals("synthetic-00042#1", TWO_MB.get(41).id());
    assertEquals("synthetic-00042.txt", TWO_MB.get(41).source());
    assertTrue(years.size() >= 15, "years " + years);
  }

  @Test
  void theVocabularyGrowsWithTheCorpus() {
    int samples = vocabulary(SAMPLES).size();
    int synthetic = vocabulary(TWO_MB).size();
    assertTrue(synthetic >= 5 * samples, "vocabulary " + synthetic + " vs samples' " + samples);
  }

  @Test
  void withoutReplacementsEveryWordIsASampleWord() {
    SyntheticOptions options =
        SyntheticOptions.of(3, Target.letters(30)).withReplaceShare(0).withNameShare(0);
    Set<String> words = vocabulary(SyntheticCorpus.generate(SAMPLES, options));
    words.removeAll(vocabulary(SAMPLES));
    // Ordinal suffixes are renumbered with their numbers ("49th" may become "52nd").
    words.removeAll(Set.of("st", "nd", "rd", "th"));
    assertEquals(Set.of(), words);
  }

  @Test
  void writtenDocumentsReadBackAsTheSameLetters(@TempDir Path dir) throws IOException {
    List<Letter> letters = TWO_MB.subList(0, 5);
    LetterDocumentWriter.write(letters, dir);
    Corpus read = CorpusReader.create().read(List.of(dir));
    assertEquals(5, read.letters().size(), read.diagnostics().toString());
    for (int i = 0; i < letters.size(); i++) {
      assertEquals(
          texts(letters.get(i).paragraphs()),
          texts(read.letters().get(i).paragraphs()),
          letters.get(i).id());
      assertEquals(letters.get(i).date().value(), read.letters().get(i).date().value());
    }
  }

  @Test
  void optionsRejectSharesOutsideZeroToOne() {
    SyntheticOptions options = SyntheticOptions.of(1, Target.letters(1));
    assertThrows(IllegalArgumentException.class, () -> options.withReplaceShare(1.5));
    assertThrows(IllegalArgumentException.class, () -> options.withFreshShare(-0.1));
    assertThrows(IllegalArgumentException.class, () -> Target.megabytes(0));
    assertThrows(IllegalArgumentException.class, () -> Target.letters(0));
  }

  private static Set<String> vocabulary(List<Letter> letters) {
    Set<String> words = new HashSet<>();
    for (Letter letter : letters) {
      for (Paragraph p : letter.paragraphs()) {
        Matcher m = WORD.matcher(p.text());
        while (m.find()) {
          words.add(m.group().toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  private static List<String> texts(List<?> lettersOrParagraphs) {
    return lettersOrParagraphs.stream()
        .map(o -> o instanceof Letter l ? l.text() : ((Paragraph) o).text())
        .toList();
  }
}
