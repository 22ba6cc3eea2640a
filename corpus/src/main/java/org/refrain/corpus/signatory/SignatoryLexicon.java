package org.refrain.corpus.signatory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * The word lists that decide what a signatory entry is, read once per {@link Lexicon} from this
 * package's resource files (one word a line, {@code #} comments) or a user's files of the same
 * names. All words are held as {@link WordKey}s.
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
    return of(Lexicon.bundled());
  }

  /** The lists of {@code lexicon}, read once per lexicon. */
  static SignatoryLexicon of(Lexicon lexicon) {
    return lexicon.once(
        SignatoryLexicon.class,
        () ->
            new SignatoryLexicon(
                words(lexicon, "org-keywords.txt"),
                words(lexicon, "function-words.txt"),
                words(lexicon, "name-particles.txt"),
                words(lexicon, "honorifics.txt"),
                words(lexicon, "post-nominals.txt"),
                words(lexicon, "role-words.txt"),
                words(lexicon, "region-words.txt"),
                words(lexicon, "prose-words.txt"),
                // Bundled only: LetterParts ends a body by the same list and reads no lexicon.
                words(Lexicon.bundled(), "/org/refrain/corpus/closings.txt"),
                headerWords(lexicon, "header-words.tsv")));
  }

  static boolean has(Set<String> words, String word) {
    return words.contains(WordKey.of(word));
  }

  private static Set<String> words(Lexicon lexicon, String resource) {
    return new HashSet<>(lexicon.each(SignatoryLexicon.class, resource, e -> WordKey.of(e.text())));
  }

  private static Map<String, HeaderWord> headerWords(Lexicon lexicon, String resource) {
    Map<String, HeaderWord> words = new HashMap<>();
    lexicon.each(
        SignatoryLexicon.class,
        resource,
        e -> {
          List<String> fields = e.fields(2, "word, role");
          return words.put(WordKey.of(fields.get(0)), role(fields.get(1)));
        });
    return words;
  }

  private static HeaderWord role(String name) {
    for (HeaderWord role : HeaderWord.values()) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "'" + name + "' is not a role (" + java.util.Arrays.toString(HeaderWord.values()) + ")");
  }
}
