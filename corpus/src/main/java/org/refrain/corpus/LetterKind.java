package org.refrain.corpus;

import java.util.Locale;

/** What kind of text a letter record is: the letter itself, or a text that reports one. */
public enum LetterKind {
  LETTER,
  PRESS_RELEASE,
  STATEMENT,
  OTHER;

  /** The label used in JSON and tables: {@code letter}, {@code press-release}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
