package org.refrain.corpus.metadata;

import java.util.regex.Pattern;
import org.refrain.corpus.WordCounter;

/**
 * Tells the kinds of short line found in a letter's heading apart: contact details, postal
 * addresses, "CC" lines, "Re:" subjects and posting dates, so titles and addressees are not taken
 * from them.
 */
final class HeaderLines {

  private static final Pattern CONTACT =
      Pattern.compile("(?i)(fax|tel|telephone|phone|e-?mail|email|web|www\\.|https?://)\\b.*");
  private static final Pattern CC = Pattern.compile("(?i)(cc|c\\.c|copy to)\\b[.:]?.*");
  private static final Pattern SUBJECT = Pattern.compile("(?i)(re|subject|subj)\\s*:\\s*(.+)");
  private static final Pattern POSTING =
      Pattern.compile(
          "(?i)(date[d]?|posted( on)?|published( on)?|last updated)\\s*:?\\s*\\S.*"
              + "|.*\\d{4}\\s*\\|.*");

  /** A posting line is page furniture: short. */
  private static final int MAX_POSTING_CHARS = 60;

  private static final Pattern POSTAL =
      Pattern.compile("\\d+[,\\s]+\\S+.*|.*\\d.*,.*|.*\\b\\d{4,6}\\b.*");

  /**
   * Address lines are short; a longer line with a number in it is a heading ("2020 resolution").
   */
  private static final int MAX_POSTAL_WORDS = 8;

  private static final Pattern TITLE_WORD =
      Pattern.compile("(?i).*\\b(letters?|statement|appeal|petition|release)\\b.*");

  private HeaderLines() {}

  static boolean isContact(String line) {
    return CONTACT.matcher(line.strip()).matches();
  }

  static boolean isCc(String line) {
    return CC.matcher(line.strip()).matches();
  }

  /** The subject of a "Re:" line, or null. */
  static String subject(String line) {
    var m = SUBJECT.matcher(line.strip());
    return m.matches() ? m.group(2).strip() : null;
  }

  /** A page's posting line: "Date : March 3, 2020", "Oct 14, 2020 | News". */
  static boolean isPosting(String line) {
    String t = line.strip();
    return t.length() <= MAX_POSTING_CHARS && POSTING.matcher(t).matches();
  }

  /** A street address or postcode line: "1 Cheongwadae-ro, Jongno-gu, Seoul", "1046 Brussels". */
  static boolean isPostal(String line) {
    String t = line.strip();
    return WordCounter.count(t) <= MAX_POSTAL_WORDS && POSTAL.matcher(t).matches();
  }

  /** A heading that names what the text is: "Joint open letter to ...", "Re: ...". */
  static boolean isTitleLike(String line) {
    return TITLE_WORD.matcher(line).matches() || subject(line) != null;
  }
}
