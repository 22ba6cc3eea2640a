package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.refrain.analysis.annotate.Token;

/**
 * The words and phrases a rhetoric profile counts, by category, read from {@code rhetoric.tsv}.
 * Within a category the longest pattern wins at each position and matches never overlap.
 */
public final class RhetoricLexicon {

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
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final RhetoricLexicon BUNDLED = parse(WordList.lines("rhetoric.tsv"));
  }

  /** A lexicon from tab-separated lines {@code category, label, pattern}. */
  static RhetoricLexicon parse(List<String> lines) {
    Map<RhetoricCategory, List<Entry>> entries = new EnumMap<>(RhetoricCategory.class);
    for (String line : lines) {
      String[] fields = line.split("\t");
      if (fields.length != 3) {
        throw new IllegalArgumentException("rhetoric lexicon: not 3 tab-separated fields: " + line);
      }
      RhetoricCategory category =
          RhetoricCategory.valueOf(fields[0].strip().toUpperCase(Locale.ROOT));
      entries
          .computeIfAbsent(category, c -> new ArrayList<>())
          .add(new Entry(fields[1].strip(), PhrasePattern.parse(fields[2])));
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
