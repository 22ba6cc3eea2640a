package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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

  /**
   * Per category, the entries (indexes into its list, ascending) whose first word names each form:
   * a position is tried only against entries that can start with its token, not all of them.
   */
  private final Map<RhetoricCategory, Map<String, int[]>> byFirstForm =
      new EnumMap<>(RhetoricCategory.class);

  private RhetoricLexicon(Map<RhetoricCategory, List<Entry>> entries) {
    this.entries = entries;
    entries.forEach((category, list) -> byFirstForm.put(category, firstForms(list)));
  }

  private static Map<String, int[]> firstForms(List<Entry> list) {
    Map<String, List<Integer>> indexes = new HashMap<>();
    for (int e = 0; e < list.size(); e++) {
      for (String form : list.get(e).pattern().words().get(0).forms()) {
        indexes.computeIfAbsent(form, f -> new ArrayList<>()).add(e);
      }
    }
    Map<String, int[]> index = new HashMap<>();
    indexes.forEach((form, es) -> index.put(form, es.stream().mapToInt(i -> i).toArray()));
    return index;
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
    Map<String, int[]> first = byFirstForm.getOrDefault(category, Map.of());
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      Entry found = first(list, first.get(token.lemma()), first.get(token.norm()), tokens, i);
      if (found == null) {
        i++;
      } else {
        hits.add(new Hit(found.label(), i, i + found.pattern().length()));
        i += found.pattern().length();
      }
    }
    return hits;
  }

  /**
   * The first entry, in list order (longest first), among those starting with the token's lemma
   * ({@code byLemma}) or its form ({@code byForm}) that matches at {@code i}; null for none.
   */
  private static Entry first(
      List<Entry> list, int[] byLemma, int[] byForm, List<Token> tokens, int i) {
    int a = 0;
    int b = 0;
    int lemmas = byLemma == null ? 0 : byLemma.length;
    int forms = byForm == null ? 0 : byForm.length;
    while (a < lemmas || b < forms) {
      int next;
      if (b == forms || a < lemmas && byLemma[a] <= byForm[b]) {
        next = byLemma[a++];
        if (b < forms && byForm[b] == next) {
          b++;
        }
      } else {
        next = byForm[b++];
      }
      Entry entry = list.get(next);
      if (entry.pattern().matchesAt(tokens, i)) {
        return entry;
      }
    }
    return null;
  }
}
