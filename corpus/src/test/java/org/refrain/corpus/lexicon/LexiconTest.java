package org.refrain.corpus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.clean.ChromeFilter;
import org.refrain.corpus.signatory.CountryGazetteer;
import org.refrain.corpus.signatory.SignatoryWords;

/** The one loader: comments, blanks, BOM, fields, and a user's directory replacing lists. */
class LexiconTest {

  @TempDir Path dir;

  @Test
  void readsEntriesWithoutCommentsBlanksOrByteOrderMark() throws IOException {
    write("honorifics.txt", "\uFEFF# a comment\r\n\r\n  Sheriff  \n# another\nMayor\n");
    List<Lexicon.Entry> entries =
        Lexicon.overriddenBy(dir).entries(SignatoryWords.class, "honorifics.txt");
    assertEquals(
        List.of(
            new Lexicon.Entry("Sheriff", dir.resolve("honorifics.txt").toString(), 3),
            new Lexicon.Entry("Mayor", dir.resolve("honorifics.txt").toString(), 5)),
        entries);
  }

  @Test
  void aBundledListIsReadFromTheResourceBesideItsClass() {
    List<String> honorifics = Lexicon.bundled().lines(SignatoryWords.class, "honorifics.txt");
    assertTrue(honorifics.contains("dr"), honorifics.toString());
    assertFalse(honorifics.stream().anyMatch(l -> l.startsWith("#") || l.isBlank()));
  }

  @Test
  void aFileOfTheSameNameReplacesTheBundledListAndOnlyThatList() throws IOException {
    write("honorifics.txt", "Sheriff\n");
    Lexicon lexicon = Lexicon.overriddenBy(dir);
    assertTrue(lexicon.overrides("honorifics.txt"));
    assertFalse(lexicon.overrides("countries.tsv"));
    SignatoryWords words = SignatoryWords.of(lexicon);
    assertTrue(words.isHonorific("Sheriff"));
    assertFalse(words.isHonorific("Dr"));
    // The other lists stay bundled.
    assertTrue(words.isFunctionWord("of"));
    assertTrue(SignatoryWords.standard().isHonorific("Dr"));
  }

  @Test
  void countriesAndChromePatternsAreOverriddenToo() throws IOException {
    write("countries.tsv", "Freedonia\tFreedonian Republic|FR\n");
    write("chrome-patterns.txt", "skip the ads\n");
    Lexicon lexicon = Lexicon.overriddenBy(dir);
    CountryGazetteer countries = CountryGazetteer.of(lexicon);
    assertEquals("Freedonia", countries.canonical("Freedonian Republic").orElseThrow());
    assertFalse(countries.isCountry("France"));
    assertTrue(ChromeFilter.standard(lexicon).isChrome("Skip the ads"));
    assertFalse(ChromeFilter.standard(lexicon).isChrome("Skip to main content"));
  }

  @Test
  void aListIsBuiltOncePerLexicon() throws IOException {
    write("countries.tsv", "Freedonia\n");
    Lexicon lexicon = Lexicon.overriddenBy(dir);
    assertSame(CountryGazetteer.of(lexicon), CountryGazetteer.of(lexicon));
    assertSame(CountryGazetteer.load(), CountryGazetteer.of(Lexicon.bundled()));
  }

  @Test
  void anEntryThatDoesNotParseNamesItsFileAndLine() throws IOException {
    write("countries.tsv", "# countries\nFreedonia\tFR\nSylvania\tFR\n");
    LexiconException e =
        assertThrows(LexiconException.class, () -> CountryGazetteer.of(Lexicon.overriddenBy(dir)));
    assertTrue(
        e.getMessage().startsWith(dir.resolve("countries.tsv") + ":3: alias \"FR\" names both"),
        e.getMessage());
    write("chrome-patterns.txt", "ok\n(unclosed\n");
    e =
        assertThrows(
            LexiconException.class, () -> ChromeFilter.standard(Lexicon.overriddenBy(dir)));
    assertEquals(
        dir.resolve("chrome-patterns.txt") + ":2: not a regular expression",
        e.getMessage().substring(0, e.getMessage().indexOf("expression") + 10));
  }

  @Test
  void fieldsAreCountedAndStripped() {
    Lexicon.Entry entry = new Lexicon.Entry("we \t we|us\t we/PRON", "rhetoric.tsv", 7);
    assertEquals(List.of("we", "we|us", "we/PRON"), entry.fields(3, "category, label, pattern"));
    LexiconException e = assertThrows(LexiconException.class, () -> entry.fields(2, "word, role"));
    assertEquals(
        "rhetoric.tsv:7: expected 2 tab-separated fields (word, role), found 3", e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8OrADirectoryThatIsNotOneIsOneLine() throws IOException {
    Files.write(dir.resolve("honorifics.txt"), new byte[] {'D', 'r', (byte) 0xE9, '\n'});
    LexiconException e =
        assertThrows(
            LexiconException.class,
            () -> Lexicon.overriddenBy(dir).lines(SignatoryWords.class, "honorifics.txt"));
    assertEquals(dir.resolve("honorifics.txt") + ": not UTF-8 text", e.getMessage());
    Path missing = dir.resolve("missing");
    e = assertThrows(LexiconException.class, () -> Lexicon.overriddenBy(missing));
    assertEquals(missing + ": no such directory", e.getMessage());
    e =
        assertThrows(
            LexiconException.class, () -> Lexicon.overriddenBy(dir.resolve("honorifics.txt")));
    assertEquals(dir.resolve("honorifics.txt") + ": not a directory", e.getMessage());
  }

  @Test
  void listFilesOfNoKnownNameAreReported() throws IOException {
    write("stopword.txt", "the\n");
    write("honorifics.txt", "Dr\n");
    write("notes.md", "not a list\n");
    write(".hidden.txt", "\n");
    assertEquals(
        List.of(dir.resolve("stopword.txt")),
        Lexicon.overriddenBy(dir).unknownFiles(Set.of("honorifics.txt", "stopwords.txt")));
    assertEquals(List.of(), Lexicon.bundled().unknownFiles(Set.of()));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
