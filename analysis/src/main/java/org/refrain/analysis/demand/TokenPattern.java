package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.refrain.analysis.annotate.Token;
import org.refrain.analysis.pattern.PatternNotation;
import org.refrain.analysis.pattern.PatternSyntax;
import org.refrain.corpus.Span;

/**
 * A sequence of word tests matched against a sentence's {@link SentenceWords}, the taxonomy's main
 * kind of pattern, written in the one notation ({@link PatternNotation#DEMAND}). How its words
 * match:
 *
 * <ul>
 *   <li>{@code deport} matches a word whose lemma or lower-case form is "deport" (deport, deported,
 *       deporting), or that form with a regular plural ending ("escapee" matches "Escapees" the
 *       lemmatizer left as written); {@code deport*} any word starting so (deportation, deportee);
 *   <li>{@code camp|gulag} either word; {@code urge/VERB} only as that part of speech;
 *   <li>{@code the?} an optional word; {@code ...} up to three words of any kind within the clause,
 *       {@code ...5} up to five;
 *   <li>a hyphenated word is its parts: {@code shoot-to-kill} matches "shoot-to-kill" and "shoot to
 *       kill".
 * </ul>
 *
 * A phrase pattern ({@link #phrase}, or {@code phrase:} before the words) compares forms only,
 * never lemmas: "forces" does not match "force". Gaps never cross a colon or a semicolon.
 */
public final class TokenPattern implements DemandPattern {

  /** Words this short are never read as plurals ("bus", "has"): the tagger's index agrees. */
  static final int MIN_PLURAL = 3;

  /** A matched run of units: {@code start} inclusive, {@code end} exclusive. */
  public record Match(int start, int end) {}

  private sealed interface Element permits Test, Gap {}

  private record Gap(int max) implements Element {}

  /** One position: alternatives, each a run of parts ("co-sponsor" is two). */
  private record Test(List<List<Part>> alternatives, String tag, boolean optional)
      implements Element {}

  private record Part(String form, boolean prefix) {}

  private final String source;
  private final List<Element> elements;
  private final boolean phrase;
  private final Set<String> firstForms;

  private TokenPattern(String source, List<Element> elements, boolean phrase) {
    this.source = source;
    this.elements = List.copyOf(elements);
    this.phrase = phrase;
    this.firstForms = computeFirstForms();
  }

  /**
   * Parses a lemma pattern ({@code phrase:} before it makes it a phrase).
   *
   * @throws IllegalArgumentException naming what is wrong with it
   */
  public static TokenPattern of(String text) {
    return compile(PatternNotation.DEMAND.parse(text));
  }

  /** Parses a phrase: like {@link #of}, but words match their written form only. */
  public static TokenPattern phrase(String text) {
    return compile(PatternNotation.DEMAND.parse(text).asPhrase());
  }

  /** The pattern {@code syntax} says, each word split into its parts as sentences are. */
  static TokenPattern compile(PatternSyntax syntax) {
    List<Element> elements = new ArrayList<>();
    for (PatternSyntax.Element element : syntax.elements()) {
      if (element instanceof PatternSyntax.Gap gap) {
        elements.add(new Gap(gap.max()));
      } else {
        elements.add(test((PatternSyntax.Word) element));
      }
    }
    return new TokenPattern(syntax.source(), elements, syntax.phrase());
  }

  private static Test test(PatternSyntax.Word word) {
    List<List<Part>> alternatives = new ArrayList<>();
    for (PatternSyntax.Form alternative : word.alternatives()) {
      String form = alternative.folded();
      List<int[]> ranges = SentenceWords.parts(form);
      List<Part> parts = new ArrayList<>();
      for (int p = 0; p < ranges.size(); p++) {
        int[] range = ranges.get(p);
        // A prefix is the last part's: "co-sponsor*" is "co" then any word starting "sponsor".
        boolean prefix = alternative.prefix() && p == ranges.size() - 1;
        parts.add(new Part(form.substring(range[0], range[1]), prefix));
      }
      alternatives.add(List.copyOf(parts));
    }
    return new Test(List.copyOf(alternatives), word.tag(), word.optional());
  }

  @Override
  public String source() {
    return source;
  }

  /**
   * The forms a pattern may name to match {@code word}: its form, its lemma and, for a regular
   * plural, its singulars ("escapees": escapee, escapees less "es"). The tagger's first-word index
   * looks a word up under these, and {@link #matches} skips a word under none of them, so the two
   * always agree on what a pattern can start at.
   */
  static List<String> startKeys(SentenceWords.Word word) {
    String norm = word.norm();
    List<String> keys = new ArrayList<>(4);
    keys.add(norm);
    if (!word.lemma().equals(norm)) {
      keys.add(word.lemma());
    }
    if (norm.length() > MIN_PLURAL && norm.endsWith("s")) {
      keys.add(norm.substring(0, norm.length() - 1));
      if (norm.endsWith("es")) {
        keys.add(norm.substring(0, norm.length() - 2));
      }
    }
    return keys;
  }

  /**
   * Whether {@code word} is under one of {@code forms} as {@link #startKeys} names it, without
   * building the keys: this runs for every pattern at every word.
   */
  private static boolean mayStart(Set<String> forms, SentenceWords.Word word) {
    String norm = word.norm();
    if (forms.contains(norm) || forms.contains(word.lemma())) {
      return true;
    }
    if (norm.length() <= MIN_PLURAL || !norm.endsWith("s")) {
      return false;
    }
    for (String form : forms) {
      if (isPlural(norm, form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a match may start at any word (the first word is optional or a prefix), so an index
   * of first words cannot narrow where to try it.
   */
  public boolean startsAnywhere() {
    return firstForms.isEmpty();
  }

  /** The forms a match may start with, or empty when it may start with any word. */
  Set<String> firstForms() {
    return firstForms;
  }

  private Set<String> computeFirstForms() {
    Element first = elements.get(0);
    Test test = (Test) first;
    if (test.optional()) {
      return Set.of();
    }
    List<String> forms = new ArrayList<>();
    for (List<Part> alternative : test.alternatives()) {
      Part part = alternative.get(0);
      if (part.prefix()) {
        return Set.of();
      }
      forms.add(part.form());
    }
    return Set.copyOf(forms);
  }

  @Override
  public List<Span> find(SentenceWords sentence, String letterText) {
    return matches(sentence).stream().map(m -> sentence.span(m.start(), m.end())).toList();
  }

  /** Every match in {@code sentence}, left to right, never overlapping. */
  public List<Match> matches(SentenceWords sentence) {
    List<Match> found = new ArrayList<>();
    Set<String> first = firstForms;
    int i = 0;
    while (i < sentence.size()) {
      if (!first.isEmpty() && !mayStart(first, sentence.get(i))) {
        i++;
        continue;
      }
      int end = matchAt(sentence, i);
      if (end > i) {
        found.add(new Match(i, end));
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  /** The end of a match starting at unit {@code start}, or -1 when none starts there. */
  public int matchAt(SentenceWords sentence, int start) {
    return match(sentence, 0, start);
  }

  private int match(SentenceWords sentence, int element, int at) {
    if (element == elements.size()) {
      return at;
    }
    Element current = elements.get(element);
    if (current instanceof Gap) {
      int max = ((Gap) current).max();
      for (int skip = 0; skip <= max && at + skip < sentence.size(); skip++) {
        if (skip > 0 && isClauseBreak(sentence.get(at + skip - 1))) {
          break;
        }
        int end = match(sentence, element + 1, at + skip);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    Test test = (Test) current;
    // Indexed loops: this runs at every word of every sentence, and an iterator per call was most
    // of the tagger's allocation (DemandBenchmark).
    List<List<Part>> alternatives = test.alternatives();
    for (int a = 0; a < alternatives.size(); a++) {
      int next = matchParts(sentence, at, alternatives.get(a), test.tag());
      if (next >= 0) {
        int end = match(sentence, element + 1, next);
        if (end >= 0) {
          return end;
        }
      }
    }
    return test.optional() ? match(sentence, element + 1, at) : -1;
  }

  private int matchParts(SentenceWords sentence, int at, List<Part> parts, String tag) {
    if (at + parts.size() > sentence.size()) {
      return -1;
    }
    for (int p = 0; p < parts.size(); p++) {
      SentenceWords.Word word = sentence.get(at + p);
      if (!matches(parts.get(p), word) || (tag != null && !hasTag(word, tag))) {
        return -1;
      }
    }
    return at + parts.size();
  }

  private boolean matches(Part part, SentenceWords.Word word) {
    if (part.prefix()) {
      return word.norm().startsWith(part.form())
          || (!phrase && word.lemma().startsWith(part.form()));
    }
    if (phrase) {
      return word.norm().equals(part.form());
    }
    return word.norm().equals(part.form())
        || word.lemma().equals(part.form())
        || isPlural(word.norm(), part.form());
  }

  /**
   * True when {@code norm} is {@code form} with a regular plural ending: the lemmatizer leaves
   * capitalised or unknown nouns as written ("Escapees" tagged PROPN keeps "escapees"), and
   * "escapee" must still match.
   */
  static boolean isPlural(String norm, String form) {
    if (norm.length() <= MIN_PLURAL) {
      return false;
    }
    int extra = norm.length() - form.length();
    return (extra == 1 && norm.endsWith("s") || extra == 2 && norm.endsWith("es"))
        && norm.startsWith(form);
  }

  private static boolean hasTag(SentenceWords.Word word, String tag) {
    return Token.hasTag(word.tag(), tag);
  }

  private static boolean isClauseBreak(SentenceWords.Word word) {
    return word.norm().equals(";") || word.norm().equals(":");
  }

  @Override
  public String toString() {
    return source;
  }
}
