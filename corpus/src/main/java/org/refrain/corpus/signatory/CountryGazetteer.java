package org.refrain.corpus.signatory;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Country names and their aliases, read from {@code countries.tsv} (canonical name, tab, aliases
 * separated by {@code |}). Lookups ignore case, accents, full stops, a leading "the" and the kind
 * of apostrophe, so "U.S.A.", "usa" and "United States of America" all give "United States".
 * Canonical names are stable: the claim checker counts distinct countries by them. Immutable and
 * thread-safe.
 */
public final class CountryGazetteer {

  private static final String RESOURCE = "countries.tsv";

  /** No alias is longer than this many characters; glued countries are sought only that far. */
  private static final int MAX_SUFFIX = 80;

  private final Map<String, String> canonicalByKey;
  private final Set<String> names;

  private CountryGazetteer(Map<String, String> canonicalByKey) {
    this.canonicalByKey = Map.copyOf(canonicalByKey);
    this.names = Collections.unmodifiableSet(new TreeSet<>(canonicalByKey.values()));
  }

  /** The bundled gazetteer, read on first use and shared. */
  public static CountryGazetteer load() {
    return of(Lexicon.bundled());
  }

  /**
   * The gazetteer of {@code lexicon}'s {@code countries.tsv}, read once per lexicon.
   *
   * @throws org.refrain.corpus.lexicon.LexiconException naming the line of an alias that names two
   *     countries
   */
  public static CountryGazetteer of(Lexicon lexicon) {
    return lexicon.once(
        CountryGazetteer.class,
        () -> {
          Map<String, String> byKey = new HashMap<>();
          lexicon.each(CountryGazetteer.class, RESOURCE, e -> add(byKey, e.text()));
          return new CountryGazetteer(byKey);
        });
  }

  /**
   * A gazetteer from TSV lines ({@code canonical<TAB>alias|alias}); blank and {@code #} lines are
   * skipped. Fails fast when one alias names two countries.
   */
  public static CountryGazetteer of(List<String> tsvLines) {
    Map<String, String> byKey = new HashMap<>();
    for (String line : tsvLines) {
      if (!line.isBlank() && !line.startsWith("#")) {
        add(byKey, line);
      }
    }
    return new CountryGazetteer(byKey);
  }

  /** Adds a line {@code canonical<TAB>alias|alias}; returns the canonical name. */
  private static String add(Map<String, String> byKey, String line) {
    String[] parts = line.split("\t", 2);
    String canonical = parts[0].strip();
    add(byKey, canonical, canonical);
    if (parts.length > 1) {
      for (String alias : parts[1].split("\\|")) {
        if (!alias.isBlank()) {
          add(byKey, alias, canonical);
        }
      }
    }
    return canonical;
  }

  private static void add(Map<String, String> byKey, String alias, String canonical) {
    String previous = byKey.put(key(alias), canonical);
    if (previous != null && !previous.equals(canonical)) {
      throw new IllegalArgumentException(
          "alias \"" + alias + "\" names both " + previous + " and " + canonical);
    }
  }

  private static String key(String text) {
    String k = WordKey.of(text);
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** The canonical name when the whole of {@code text} names a country. */
  public Optional<String> canonical(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_SUFFIX) {
      return Optional.empty();
    }
    return Optional.ofNullable(canonicalByKey.get(key(text)));
  }

  /** True when the whole of {@code text} names a country. */
  public boolean isCountry(String text) {
    return canonical(text).isPresent();
  }

  /** All canonical names, sorted. */
  public Set<String> names() {
    return names;
  }

  /**
   * The country that ends {@code text}, if any: in final parentheses, after a comma, or glued to
   * the word before it. Only a country set off one of these ways counts, so "Open North Korea" and
   * "Association of Japan" end with no country.
   */
  public Optional<CountrySuffix> trailing(String text) {
    String t = text.stripTrailing();
    Optional<CountrySuffix> found = inParentheses(t);
    if (found.isEmpty()) {
      found = afterComma(t);
    }
    if (found.isEmpty()) {
      found = afterDash(t);
    }
    return found.isPresent() ? found : glued(t);
  }

  private Optional<CountrySuffix> inParentheses(String t) {
    int open = Brackets.openingOfFinal(t);
    if (open < 1 || t.substring(0, open).isBlank()) {
      return Optional.empty();
    }
    String inner = t.substring(open + 1, t.length() - 1);
    return canonical(inner).map(c -> new CountrySuffix(c, inner.strip(), open));
  }

  /** "Amnesty International – United Kingdom": a country after the last spaced dash. */
  private Optional<CountrySuffix> afterDash(String t) {
    int best = -1;
    int width = 0;
    for (String dash : new String[] {" - ", " \u2013 ", " \u2014 "}) {
      int at = t.lastIndexOf(dash);
      if (at > best) {
        best = at;
        width = dash.length();
      }
    }
    if (best <= 0 || t.length() - best > MAX_SUFFIX) {
      return Optional.empty();
    }
    int at = best;
    String after = t.substring(at + width);
    return canonical(after).map(c -> new CountrySuffix(c, after.strip(), at));
  }

  /** Tries each comma from the right, so "Foo, Korea, Republic of" finds the two-part alias. */
  private Optional<CountrySuffix> afterComma(String t) {
    for (int comma = t.lastIndexOf(',');
        comma > 0 && t.length() - comma <= MAX_SUFFIX;
        comma = t.lastIndexOf(',', comma - 1)) {
      String after = t.substring(comma + 1);
      Optional<String> c = canonical(after);
      if (c.isPresent() && !t.substring(0, comma).isBlank()) {
        return Optional.of(new CountrySuffix(c.get(), after.strip(), comma));
      }
    }
    return Optional.empty();
  }

  /**
   * A country run into the name with no space ("Human AsiaSouth Korea", "(ARNO)United Kingdom",
   * "LUMENUnited States of America"), as a web table loses its cell borders when copied. The
   * earliest such start wins, so "KoreaSouth Korea" yields "South Korea", not "Korea".
   */
  private Optional<CountrySuffix> glued(String t) {
    for (int i = Math.max(1, t.length() - MAX_SUFFIX); i < t.length(); i++) {
      if (isGlueBoundary(t, i) && !t.substring(0, i).isBlank()) {
        String rest = t.substring(i);
        Optional<String> c = canonical(rest);
        if (c.isPresent()) {
          return Optional.of(new CountrySuffix(c.get(), rest, i));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when a capital at {@code i} starts a new word although no space precedes it: after a
   * lower-case letter, digit, closing bracket or full stop, or after a capital when a lower-case
   * letter follows ("LUMENUnited"). The last case keeps "CAMPUS" from ending in "US".
   */
  private static boolean isGlueBoundary(String t, int i) {
    char c = t.charAt(i);
    char p = t.charAt(i - 1);
    if (!Character.isUpperCase(c)) {
      return false;
    }
    if (Character.isLowerCase(p) || Character.isDigit(p) || p == ')' || p == ']' || p == '.') {
      return true;
    }
    return Character.isUpperCase(p) && i + 1 < t.length() && Character.isLowerCase(t.charAt(i + 1));
  }
}
