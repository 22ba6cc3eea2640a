package org.refrain.corpus.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.corpus.WordCounter;
import org.refrain.corpus.split.LetterParts;

/**
 * Finds to whom a letter is written, most specific source first: the address block under the
 * letter's date ("Josep Borrell Fontelles" / "High Representative of the Union ..."); a heading
 * "Open letter to X"; a salutation that names someone ("Dear President Moon Jae-in,").
 */
public final class AddresseeFinder {

  private static final Pattern LETTER_TO =
      Pattern.compile(
          "(?i)\\bletters?\\s+to\\s+(?:the\\s+)?(.+?)"
              + "(?=\\s+(?:concerning|about|regarding|on\\s+the|on|re|in\\s+support|urging|calling)\\b"
              + "|[,:;(]|$)");
  private static final int MAX_NAME_WORDS = 8;

  private final DateFinder dates = new DateFinder();

  public String find(LetterSections s) {
    String block = addressBlock(s.header());
    if (block != null) {
      return block;
    }
    List<String> header = s.header();
    for (int i = header.size() - 1; i >= 0; i--) {
      Matcher m = LETTER_TO.matcher(header.get(i).strip());
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    return s.salutation() == null ? null : LetterParts.addresseeOf(s.salutation());
  }

  /** The name line and role line under the letter's own date line, if the heading has them. */
  private String addressBlock(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      String line = header.get(i).strip();
      if (!dates.isDateLine(line) || HeaderLines.isPosting(line)) {
        continue;
      }
      if (i + 1 >= header.size()) {
        return null;
      }
      String name = header.get(i + 1).strip();
      if (!isAddressLine(name) || WordCounter.count(name) > MAX_NAME_WORDS) {
        return null;
      }
      if (i + 2 < header.size() && isAddressLine(header.get(i + 2).strip())) {
        String role = header.get(i + 2).strip();
        if (Character.isUpperCase(role.charAt(0)) && !isPlaceOnly(role)) {
          return name + ", " + role;
        }
      }
      return name;
    }
    return null;
  }

  private boolean isAddressLine(String line) {
    return !line.isEmpty()
        && !HeaderLines.isTitleLike(line)
        && !HeaderLines.isContact(line)
        && !HeaderLines.isCc(line)
        && !HeaderLines.isPostal(line)
        && !dates.isDateLine(line)
        && !LetterParts.isSalutation(line);
  }

  /** A line naming only a place or an office ("Republic of Korea", "Seoul"): not a role. */
  private static boolean isPlaceOnly(String line) {
    return WordCounter.count(line) <= 3 && !line.contains(" of ");
  }
}
