package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.refrain.analysis.annotate.Token;
import org.refrain.corpus.lexicon.Lexicon;
import org.refrain.corpus.lexicon.LexiconException;

/**
 * The words and phrases a rhetoric profile counts, by category, read from {@code rhetoric.tsv}.
 * Within a category the longest pattern wins at each position and matches never overlap.
 */
public final class RhetoricLexicon {

  private static final String RESOURCE = "rhetoric.tsv";

  /** A lexicon entry: the label reported and the pattern matched. */
  record Entry(String label, PhrasePattern pattern) {}

  /** A match of an entry: its label and the tokens it covers. */
  record Hit(String label, int start, int end) {}

  private final Map<RhetoricCategory, List<Entry>> entries;

  private RhetoricLexicon(Map<RhetoricCategory, List<Entry>> entries) {
    this.entries = entries;
  }

  /** The bundled lexicon, {@code rhetoric.tsv}. */
  public static RhetoricLexicon bundled() {
    return of(Lexicon.bundled());
  }

  /**
   * The lexicon of {@code lexicon}'s {@code rhetoric.tsv}, read once per lexicon.
   *
   * @throws org.refrain.corpus.lexicon.LexiconException naming the line that does not parse
   */
  public static RhetoricLexicon of(Lexicon lexicon) {
    return lexicon.once(
        RhetoricLexicon.class,
        () -> of(lexicon.each(RhetoricLexicon.class, RESOURCE, RhetoricLexicon::entry)));
  }

  /** A lexicon from tab-separated lines {@code category, label, pattern}. */
  static RhetoricLexicon parse(List<String> lines) {
    List<Map.Entry<RhetoricCategory, Entry>> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Lexicon.Entry line = new Lexicon.Entry(lines.get(i), RESOURCE, i + 1);
      try {
        entries.add(entry(line));
      } catch (LexiconException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage());
      }
    }
    return of(entries);
  }

  private static Map.Entry<RhetoricCategory, Entry> entry(Lexicon.Entry line) {
    List<String> fields = line.fields(3, "category, label, pattern");
    return Map.entry(
        category(fields.get(0)), new Entry(fields.get(1), PhrasePattern.parse(fields.get(2))));
  }

  private static RhetoricCategory category(String name) {
    String label = name.toLowerCase(Locale.ROOT);
    if (label.equals(RhetoricCategory.DIRECTIVE.label())) {
      throw new IllegalArgumentException(
          "directives are the request verbs, one list for every stage: request-verbs.tsv");
    }
    for (RhetoricCategory category : RhetoricCategory.values()) {
      if (category != RhetoricCategory.PERSON && category.label().equals(label)) {
        return category;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a category (" + CATEGORIES + ")");
  }

  private static final String CATEGORIES = "modal, we, hedge or mechanism";

  private static RhetoricLexicon of(List<Map.Entry<RhetoricCategory, Entry>> lines) {
    Map<RhetoricCategory, List<Entry>> entries = new EnumMap<>(RhetoricCategory.class);
    for (Map.Entry<RhetoricCategory, Entry> line : lines) {
      entries.computeIfAbsent(line.getKey(), c -> new ArrayList<>()).add(line.getValue());
    }
    // Longest first, so the first entry matching at a position is the longest.
    entries
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> -e.pattern().length())));
    return new RhetoricLexicon(entries);
  }

  /** The non-overlapping matches of {@code category} in {@code tokens}, left to right. */
  List<Hit> find(RhetoricCategory category, List<Token> tokens) {
    Objects.requireNonNull(category, "category");
    List<Entry> list = entries.getOrDefault(category, List.of());
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Entry found = null;
      for (Entry entry : list) {
        if (entry.pattern().matchesAt(tokens, i)) {
          found = entry;
          break;
        }
      }
      if (found == null) {
        i++;
      } else {
        hits.add(new Hit(found.label(), i, i + found.pattern().length()));
        i += found.pattern().length();
      }
    }
    return hits;
  }
}
