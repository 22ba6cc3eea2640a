package org.refrain.corpus.signatory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The word lists that decide what a signatory entry is, read once from this package's resource
 * files (one word a line, {@code #} comments). All words are held as {@link WordKey}s.
 *
 * @param orgKeywords words that make a name an organisation's ("Association", "Watch")
 * @param functionWords words no personal name contains ("of", "for", "the")
 * @param nameParticles particles a personal name may hold inside ("van", "bin")
 * @param honorifics words before a person's name ("Lord", "Dr")
 * @param postNominals titles after a person's name and comma ("Ph.D.", "Lord")
 * @param roleWords words that start a person's description or title ("Former", "Director")
 * @param regionWords place words that are not countries ("Asia", "Korean")
 * @param proseWords words of running text ("we", "your")
 * @param closings whole lines that close a letter ("Sincerely", "Thank you")
 * @param headerWords words of section and table headers, with what each announces
 */
record SignatoryLexicon(
    Set<String> orgKeywords,
    Set<String> functionWords,
    Set<String> nameParticles,
    Set<String> honorifics,
    Set<String> postNominals,
    Set<String> roleWords,
    Set<String> regionWords,
    Set<String> proseWords,
    Set<String> closings,
    Map<String, HeaderWord> headerWords) {

  /** What a header word announces. */
  enum HeaderWord {
    INDIVIDUALS,
    ORGANIZATIONS,
    LIST,
    FILLER,
    COLUMN
  }

  SignatoryLexicon {
    orgKeywords = Set.copyOf(orgKeywords);
    functionWords = Set.copyOf(functionWords);
    nameParticles = Set.copyOf(nameParticles);
    honorifics = Set.copyOf(honorifics);
    postNominals = Set.copyOf(postNominals);
    roleWords = Set.copyOf(roleWords);
    regionWords = Set.copyOf(regionWords);
    proseWords = Set.copyOf(proseWords);
    closings = Set.copyOf(closings);
    headerWords = Map.copyOf(headerWords);
  }

  /** The bundled lists, read on first use and shared: they are immutable. */
  static SignatoryLexicon standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final SignatoryLexicon INSTANCE =
        new SignatoryLexicon(
            words("org-keywords.txt"),
            words("function-words.txt"),
            words("name-particles.txt"),
            words("honorifics.txt"),
            words("post-nominals.txt"),
            words("role-words.txt"),
            words("region-words.txt"),
            words("prose-words.txt"),
            words("/org/refrain/corpus/closings.txt"),
            headerWords("header-words.tsv"));
  }

  static boolean has(Set<String> words, String word) {
    return words.contains(WordKey.of(word));
  }

  private static Set<String> words(String resource) {
    Set<String> words = new HashSet<>();
    for (String line : lines(resource)) {
      words.add(WordKey.of(line));
    }
    return words;
  }

  private static Map<String, HeaderWord> headerWords(String resource) {
    Map<String, HeaderWord> words = new HashMap<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalStateException(resource + ": expected word<TAB>role: " + line);
      }
      words.put(WordKey.of(parts[0]), HeaderWord.valueOf(parts[1].strip()));
    }
    return words;
  }

  /** The non-blank, non-comment lines of a resource beside this class. */
  static List<String> lines(String resource) {
    try (InputStream in =
        Objects.requireNonNull(
            SignatoryLexicon.class.getResourceAsStream(resource), "missing resource " + resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
