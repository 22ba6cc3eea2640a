package org.refrain.corpus.metadata;

import java.util.List;
import java.util.regex.Pattern;
import org.refrain.corpus.LetterKind;

/**
 * Tells a letter from a text that reports one. A salutation makes a letter. Without one, a dateline
 * ("(Seoul, March 3, 2020) –"), a release label or reported speech ("..., said X") makes a press
 * release; "We, the undersigned" or a heading naming a statement makes a statement.
 */
public final class KindClassifier {

  /** "(Seoul, March 3, 2020) –", "GENEVA (3 March 2021) —", "London, 2021-03-03:". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\(?\\p{Lu}[\\p{L} .'-]{1,40}(,\\s*|\\s*\\()[^)]{4,30}\\d\\)?\\s*[–—:-]\\s.*");

  private static final Pattern RELEASE_LABEL =
      Pattern.compile("(?i).*\\b(press|news|media)\\s+release\\b.*|for\\s+immediate\\s+release.*");
  private static final Pattern SAID = Pattern.compile("\\b(said|says)\\b");
  private static final Pattern UNDERSIGNED =
      Pattern.compile("(?i)^we,?\\s+the\\s+undersigned\\b.*");
  private static final Pattern STATEMENT = Pattern.compile("(?i).*\\bstatement\\b.*");

  /**
   * True when paragraphs read as a news release: the first opens with a dateline, or they report
   * speech ("..., said X") at least twice.
   */
  public static boolean readsAsRelease(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return false;
    }
    String first = paragraphs.get(0).strip();
    long said = SAID.matcher(String.join("\n", paragraphs)).results().count();
    return DATELINE.matcher(first).matches() || said >= 2;
  }

  public LetterKind classify(LetterSections s) {
    if (s.salutation() != null) {
      return LetterKind.LETTER;
    }
    String first = s.body().isEmpty() ? "" : s.body().get(0).strip();
    boolean label =
        s.header().stream().anyMatch(l -> RELEASE_LABEL.matcher(l).matches())
            || s.page().stream().anyMatch(l -> RELEASE_LABEL.matcher(l).matches());
    if (label || readsAsRelease(s.body())) {
      return LetterKind.PRESS_RELEASE;
    }
    if (UNDERSIGNED.matcher(first).matches()
        || s.header().stream().anyMatch(l -> STATEMENT.matcher(l).matches())) {
      return LetterKind.STATEMENT;
    }
    return LetterKind.OTHER;
  }
}
