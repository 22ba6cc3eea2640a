package org.refrain.analysis.language;

import java.util.Locale;
import java.util.Set;
import org.refrain.corpus.lexicon.Lexicon;

/** This package's plain word lists, read through a {@link Lexicon} once per lexicon. */
final class WordList {

  private static final String STOP_WORDS = "stopwords.txt";
  private static final String TITLES = "titles.txt";

  private WordList() {}

  /** The stop words, lower case. */
  static Set<String> stopWords(Lexicon lexicon) {
    return lexicon.once(
        WordList.class.getName() + "/" + STOP_WORDS,
        () ->
            Set.copyOf(
                lexicon.lines(WordList.class, STOP_WORDS).stream()
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .toList()));
  }

  /** The titles before a person's name ("president", "rapporteur"), lower case as written. */
  static Set<String> titles(Lexicon lexicon) {
    return lexicon.once(
        WordList.class.getName() + "/" + TITLES,
        () -> Set.copyOf(lexicon.lines(WordList.class, TITLES)));
  }
}
