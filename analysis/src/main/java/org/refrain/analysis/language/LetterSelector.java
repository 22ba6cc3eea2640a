package org.refrain.analysis.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.refrain.corpus.Letter;

/**
 * Chooses letters by a metadata field: {@code year=2020}, {@code letter=ID}, {@code source=FILE},
 * {@code kind=press-release}, {@code addressee=council} (words of the addressee, any case), {@code
 * body=HRC}, {@code session=49}, {@code date=2020-10} (a prefix of the ISO date). A value may list
 * alternatives separated by commas ({@code year=2020,2021}).
 *
 * @param field the field compared, lower case
 * @param values the accepted values
 */
public record LetterSelector(String field, List<String> values) implements Predicate<Letter> {

  /** The fields a selector can name, for help and error messages. */
  public static final List<String> FIELDS =
      List.of("year", "date", "letter", "source", "kind", "addressee", "body", "session");

  public LetterSelector {
    Objects.requireNonNull(field, "field");
    values = List.copyOf(values);
    if (!FIELDS.contains(field)) {
      throw new IllegalArgumentException(
          "unknown field '" + field + "' (use one of " + String.join(", ", FIELDS) + ")");
    }
    if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("empty value for field '" + field + "'");
    }
  }

  /**
   * Parses {@code field=value[,value...]}.
   *
   * @throws IllegalArgumentException naming what is wrong, for the user
   */
  public static LetterSelector parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is not FIELD=VALUE (fields: " + String.join(", ", FIELDS) + ")");
    }
    String field = text.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    List<String> values =
        Arrays.stream(text.substring(eq + 1).split(",", -1)).map(String::strip).toList();
    return new LetterSelector(field, values);
  }

  @Override
  public boolean test(Letter letter) {
    for (String value : values) {
      if (matches(letter, value)) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(Letter letter, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return switch (field) {
      case "year" -> TermFrequencies.year(letter).equals(v);
      case "date" -> letter.date() != null && letter.date().iso().startsWith(v);
      case "letter" ->
          letter.id().toLowerCase(Locale.ROOT).equals(v)
              || letter.copies().stream().anyMatch(c -> c.id().toLowerCase(Locale.ROOT).equals(v));
      // A letter read from several files is chosen by any of them.
      case "source" -> letter.sources().stream().anyMatch(s -> stem(s).equals(stem(v)));
      case "kind" -> letter.kind().label().equals(v);
      case "addressee" -> containsWords(letter.addressee(), v);
      case "body" -> letter.venue() != null && letter.venue().body().equalsIgnoreCase(v);
      case "session" ->
          letter.venue() != null
              && letter.venue().session() != null
              && letter.venue().session().toString().equals(v);
      default -> throw new IllegalStateException(field);
    };
  }

  private static String stem(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot > 0 ? lower.substring(0, dot) : lower;
  }

  /**
   * True when {@code words} stand in the addressee as whole words ("un" is not in "Council"): no
   * letter or number (as the regex classes \p{L} and \p{N}) right before or after. A search, not a
   * regex, since it runs for every letter.
   */
  private static boolean containsWords(String addressee, String words) {
    if (addressee == null) {
      return false;
    }
    String text = addressee.toLowerCase(Locale.ROOT);
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      if ((at == 0 || !isWordChar(text.codePointBefore(at)))
          && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  @Override
  public String toString() {
    return field + "=" + String.join(",", values);
  }
}
