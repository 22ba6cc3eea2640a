package org.refrain.corpus.signatory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.refrain.corpus.signatory.SignatoryLexicon.HeaderWord;

/**
 * Recognises the lines that head a list or a part of it: "Groups", "Individuals:", "Signature
 * organizations and individuals (as of March 18, 2024)", "Members and supporters of the Coalition
 * include:", and table header rows such as "| Organization | Country |". Each yields the {@link
 * Section} it opens.
 */
final class HeaderRecognizer {

  /** A short line ending in a colon announces a list; a longer one is a sentence. */
  private static final int MAX_HEADER_WORDS = 12;

  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&'-]+");

  private final SignatoryLexicon lexicon;

  HeaderRecognizer(SignatoryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The section a plain (non-table) line opens, or empty when it is no header. */
  Optional<Section> section(String line) {
    String t = line.strip();
    boolean colon = t.endsWith(":");
    String core = PARENTHESES.matcher(colon ? t.substring(0, t.length() - 1) : t).replaceAll(" ");
    List<String> words = words(core);
    if (words.isEmpty() || words.size() > MAX_HEADER_WORDS) {
      return Optional.empty();
    }
    Tally tally = tally(words);
    if (tally.allKnown && tally.individuals + tally.organizations + tally.lists > 0) {
      return Optional.of(tally.section());
    }
    return colon ? Optional.of(tally.section()) : Optional.empty();
  }

  /**
   * The section a table header row opens, or empty when the cells are no column names. A row of
   * column names only ("| Name | Country |") keeps the {@code current} section, so a header split
   * over two lines does not undo its first half.
   */
  Optional<Section> tableHeader(List<String> cells, Section current) {
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    Tally tally = tally(words(String.join(" ", cells)));
    if (!tally.allKnown) {
      return Optional.empty();
    }
    if (tally.individuals + tally.organizations + tally.lists > 0) {
      return Optional.of(tally.section());
    }
    return tally.columns > 0 ? Optional.of(current) : Optional.empty();
  }

  private Tally tally(List<String> words) {
    Tally t = new Tally();
    for (String w : words) {
      HeaderWord kind = lexicon.headerWords().get(WordKey.of(w));
      if (kind == null) {
        t.allKnown = false;
        continue;
      }
      switch (kind) {
        case INDIVIDUALS -> t.individuals++;
        case ORGANIZATIONS -> t.organizations++;
        case LIST -> t.lists++;
        case COLUMN -> t.columns++;
        case FILLER -> {}
      }
    }
    return t;
  }

  private static List<String> words(String text) {
    return NON_WORD.splitAsStream(text.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
  }

  private static final class Tally {
    boolean allKnown = true;
    int individuals;
    int organizations;
    int lists;
    int columns;

    Section section() {
      if (individuals > 0 && organizations == 0) {
        return Section.INDIVIDUALS;
      }
      return organizations > 0 && individuals == 0 ? Section.ORGANIZATIONS : Section.MIXED;
    }
  }
}
