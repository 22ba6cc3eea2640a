package org.refrain.analysis.pattern;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.refrain.analysis.annotate.Token;

/**
 * Reads Refrain's one pattern notation, shared by demand patterns, rhetoric lexicon patterns and
 * search terms. Words are separated by spaces:
 *
 * <ul>
 *   <li>{@code deport}: the word (how it matches, by lemma or as written, is the user's rule);
 *   <li>{@code camp|gulag}: either word; {@code urge/VERB}: only as that Universal Dependencies
 *       part of speech ("and/or" is a word: only a part of speech after a slash is a tag);
 *   <li>{@code deport*}: any word starting so; {@code the?}: an optional word;
 *   <li>{@code ...}: up to three words, {@code ...6} up to six (at most twelve);
 *   <li>{@code phrase: need to}: the words as written, never by lemma.
 * </ul>
 *
 * Each user reads the part of the notation its matching supports ({@link #DEMAND}, {@link
 * #RHETORIC}, {@link #QUERY}); the rest is refused with a message naming it, never read as literal
 * text.
 */
public final class PatternNotation {

  /** What a user of the notation may write beyond words, alternatives and tags. */
  public enum Feature {
    /** {@code ...} and {@code ...N}. */
    GAP,
    /** {@code the?}. */
    OPTIONAL,
    /** {@code deport*}. */
    PREFIX,
    /** {@code phrase: ...}. */
    PHRASE
  }

  /**
   * Demand patterns and ask cues: everything; a prefix needs three letters ("dep*" is too short).
   */
  public static final PatternNotation DEMAND =
      new PatternNotation("a pattern", EnumSet.allOf(Feature.class), 3);

  /** Rhetoric lexicon patterns: consecutive words, alternatives and tags. */
  public static final PatternNotation RHETORIC =
      new PatternNotation("a rhetoric pattern", EnumSet.noneOf(Feature.class), 0);

  /** Search terms: consecutive words, alternatives, tags and prefixes. */
  public static final PatternNotation QUERY =
      new PatternNotation("a search term", EnumSet.of(Feature.PREFIX), 1);

  /** The default gap. */
  public static final int DEFAULT_GAP = 3;

  /** The largest gap. */
  public static final int MAX_GAP = 12;

  /** The Universal Dependencies parts of speech a word may name after a slash. */
  public static final Set<String> TAGS =
      Set.of(
          "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
          "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

  private static final String PHRASE = "phrase:";

  private final String noun;
  private final Set<Feature> features;
  private final int minPrefix;

  private PatternNotation(String noun, Set<Feature> features, int minPrefix) {
    this.noun = noun;
    this.features = Set.copyOf(features);
    this.minPrefix = minPrefix;
  }

  /** Whether this user's notation has {@code feature}. */
  public boolean allows(Feature feature) {
    return features.contains(feature);
  }

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException saying what is wrong with it, for the person who wrote it
   */
  public PatternSyntax parse(String text) {
    String stripped = text == null ? "" : text.strip();
    boolean phrase = stripped.regionMatches(true, 0, PHRASE, 0, PHRASE.length());
    if (phrase) {
      require(Feature.PHRASE, "phrase:", stripped);
      stripped = stripped.substring(PHRASE.length()).strip();
    }
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    List<PatternSyntax.Element> elements = new ArrayList<>();
    for (String item : stripped.split("\\s+")) {
      elements.add(item.startsWith("...") ? gap(item) : word(item));
    }
    check(elements);
    return new PatternSyntax(stripped, phrase, elements);
  }

  private void require(Feature feature, String what, String item) {
    if (!features.contains(feature)) {
      throw new IllegalArgumentException(
          noun + " cannot have " + what + ": '" + item + "'" + (this == QUERY ? HINT : ""));
    }
  }

  private static final String HINT =
      " (a search term is consecutive words, a|b alternatives, word/TAG and prefix*)";

  private PatternSyntax.Gap gap(String item) {
    require(Feature.GAP, "gaps", item);
    String digits = item.substring(3);
    if (digits.isEmpty()) {
      return new PatternSyntax.Gap(DEFAULT_GAP);
    }
    int max;
    try {
      max = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a gap is ... or ...N, not " + item);
    }
    if (max < 1 || max > MAX_GAP) {
      throw new IllegalArgumentException("a gap spans 1 to " + MAX_GAP + " words, not " + max);
    }
    return new PatternSyntax.Gap(max);
  }

  private PatternSyntax.Word word(String item) {
    boolean optional = item.endsWith("?") && item.length() > 1;
    if (optional) {
      require(Feature.OPTIONAL, "optional words", item);
    }
    String word = optional ? item.substring(0, item.length() - 1) : item;
    String tag = null;
    int slash = word.lastIndexOf('/');
    if (slash > 0) {
      String after = word.substring(slash + 1);
      if (TAGS.contains(after.toUpperCase(Locale.ROOT))) {
        tag = after.toUpperCase(Locale.ROOT);
        word = word.substring(0, slash);
      } else if (after.length() > 1 && after.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        throw new IllegalArgumentException(
            "'" + after + "' in '" + item + "' is not a part of speech (one of " + tags() + ")");
      }
    }
    List<PatternSyntax.Form> alternatives = new ArrayList<>();
    for (String alternative : word.split("\\|", -1)) {
      alternatives.add(form(alternative, item));
    }
    return new PatternSyntax.Word(alternatives, tag, optional);
  }

  private PatternSyntax.Form form(String alternative, String item) {
    boolean prefix = alternative.endsWith("*");
    String written = prefix ? alternative.substring(0, alternative.length() - 1) : alternative;
    if (written.contains("*")) {
      throw new IllegalArgumentException("'*' may only end a word: '" + item + "'");
    }
    String folded = Token.normalize(written);
    if (prefix) {
      require(Feature.PREFIX, "prefixes", item);
      if (lastPart(folded) < minPrefix) {
        throw new IllegalArgumentException(
            "a word ending in '*' needs at least "
                + (minPrefix == 1 ? "one letter" : minPrefix == 3 ? "three letters" : minPrefix)
                + " before it: '"
                + item
                + "'");
      }
    }
    if (folded.isEmpty()) {
      throw new IllegalArgumentException("empty alternative in '" + item + "'");
    }
    return new PatternSyntax.Form(written, folded, prefix);
  }

  /**
   * The length of a word's last part: a prefix is counted after the last hyphen between letters,
   * where a demand pattern splits it ("co-sp*" is too short).
   */
  private static int lastPart(String word) {
    for (int i = word.length() - 2; i > 0; i--) {
      char c = word.charAt(i);
      if ((c == '-' || c == '\u2010' || c == '\u2011')
          && Character.isLetterOrDigit(word.charAt(i - 1))
          && Character.isLetterOrDigit(word.charAt(i + 1))) {
        return word.length() - i - 1;
      }
    }
    return word.length();
  }

  /** Gaps only between words; optional words at either end do not count as words there. */
  private static void check(List<PatternSyntax.Element> elements) {
    int first = 0;
    while (first < elements.size() && isOptional(elements.get(first))) {
      first++;
    }
    int last = elements.size() - 1;
    while (last >= 0 && isOptional(elements.get(last))) {
      last--;
    }
    if (elements.stream().allMatch(e -> e instanceof PatternSyntax.Gap || isOptional(e))) {
      throw new IllegalArgumentException("every word is optional");
    }
    if (elements.get(first) instanceof PatternSyntax.Gap
        || elements.get(last) instanceof PatternSyntax.Gap) {
      throw new IllegalArgumentException("a pattern cannot start or end with a gap");
    }
    for (int i = 1; i < elements.size(); i++) {
      if (elements.get(i) instanceof PatternSyntax.Gap
          && elements.get(i - 1) instanceof PatternSyntax.Gap) {
        throw new IllegalArgumentException("two gaps in a row");
      }
    }
  }

  private static boolean isOptional(PatternSyntax.Element element) {
    return element instanceof PatternSyntax.Word word && word.optional();
  }

  private static String tags() {
    return String.join(", ", TAGS.stream().sorted().toList());
  }
}
