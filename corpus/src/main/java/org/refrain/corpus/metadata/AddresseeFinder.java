package org.refrain.corpus.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.corpus.WordCounter;
import org.refrain.corpus.split.LetterParts;

/**
 * Finds to whom a letter is written, most specific source first: a "To:" line; the address block
 * under the letter's date ("Josep Borrell Fontelles" / "High Representative of the Union ..."); a
 * heading or page title that names one ("Open letter to X"); a salutation that names someone ("Dear
 * President Moon Jae-in,"). Every route rejects a page's headline ("Myanmar: NGOs urge Council to
 * act", "Rights Groups Press States To End Detentions"): a headline is never the addressee,
 * whichever line it stands on.
 */
public final class AddresseeFinder {

  private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,]+");

  private static final Pattern LETTER_TO =
      Pattern.compile(
          "(?i)\\bletters?\\s+to\\s+(?:the\\s+)?(.+?)"
              + "(?=\\s+(?:concerning|about|regarding|on\\s+the|on|re|in\\s+support|urging|calling|ahead|following|amid)\\b"
              + "|[,:;(]|$)");
  private static final int MAX_NAME_WORDS = 8;

  /** "To: Michelle Bachelet, UN High Commissioner for Human Rights". */
  private static final Pattern TO_LINE = Pattern.compile("(?i)to\\s*:\\s*(\\S.*)");

  /** Lower-case words a name or title may hold. */
  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of(
          "of", "the", "and", "for", "de", "del", "della", "di", "da", "du", "van", "von", "der",
          "den", "la", "le", "al", "bin", "y", "e", "af");

  /**
   * What a page's headline has and a name or role never does: a colon or exclamation ("Myanmar:
   * Junta Must Free ..."), double quotation marks, a modal, or Title Case that capitalises a small
   * word inside the line ("Rights Groups Press States To End ..."); names and roles keep those
   * lower case ("President of the Human Rights Council").
   */
  private static final Pattern HEADLINE_PUNCTUATION = Pattern.compile("[:!?\"“”]");

  private static final java.util.Set<String> HEADLINE_WORDS =
      java.util.Set.of(
          "of", "the", "and", "for", "to", "on", "in", "at", "with", "must", "should", "will",
          "can", "over", "after", "amid", "against");

  /** Words before a collective addressee: "all Member States", "each delegation". */
  private static final java.util.Set<String> COLLECTIVE_DETERMINERS =
      java.util.Set.of("all", "each", "every");

  /** Lower-case nouns of a collective addressee: "EU leaders", "UN member states". */
  private static final java.util.Set<String> COLLECTIVE_NOUNS =
      java.util.Set.of(
          "member",
          "members",
          "state",
          "states",
          "leaders",
          "ministers",
          "governments",
          "representatives",
          "delegations",
          "delegates",
          "ambassadors",
          "officials",
          "heads",
          "parliamentarians",
          "legislators",
          "envoys",
          "missions");

  private final DateFinder dates = new DateFinder();

  public String find(LetterSections s) {
    for (String line : s.header()) {
      Matcher to = TO_LINE.matcher(line.strip());
      if (to.matches() && !isHeadline(to.group(1))) {
        return to.group(1).strip();
      }
    }
    List<String> block = addressBlock(s.header());
    if (!block.isEmpty()) {
      return block.size() == 1 ? block.get(0) : block.get(0) + ", " + block.get(1);
    }
    String titled = namedInTitle(s.header());
    if (titled == null) {
      titled = namedInTitle(s.page());
    }
    if (titled != null) {
      return titled;
    }
    String greeted = s.salutation() == null ? null : LetterParts.addresseeOf(s.salutation());
    return greeted == null || isHeadline(greeted) ? null : greeted;
  }

  /**
   * The addressee a heading names ("Letter to UN Security Council Members on ..."), from the line
   * nearest the salutation; null when no heading names one. What follows "letter to" must read as a
   * name, role or body, not as a headline's verb phrase ("NGOs send letter to urge ...", "Open
   * letter to Biden urges action").
   */
  private static String namedInTitle(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = LETTER_TO.matcher(lines.get(i).strip());
      if (m.find() && readsAsAddressee(m.group(1).strip())) {
        return m.group(1).strip();
      }
    }
    return null;
  }

  /**
   * True for a name, role or body: capitalised first ("all" and the like aside), no headline's
   * marks, and lower-case words only as name particles or the plural nouns of a collective
   * addressee ("EU leaders", "UN member states").
   */
  static boolean readsAsAddressee(String candidate) {
    String[] words = NAME_SEPARATORS.split(candidate.strip());
    int first = 0;
    while (first < words.length - 1
        && COLLECTIVE_DETERMINERS.contains(words[first].toLowerCase(java.util.Locale.ROOT))) {
      first++;
    }
    if (words.length == 0
        || words[first].isEmpty()
        || !Character.isUpperCase(words[first].codePointAt(0))
        || isHeadline(candidate)) {
      return false;
    }
    for (int i = first + 1; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (!w.isEmpty()
          && !Character.isUpperCase(w.codePointAt(0))
          && !PARTICLES.contains(lower)
          && !COLLECTIVE_NOUNS.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The address block under the letter's own date line: a name line ("Josep Borrell Fontelles"),
   * then a role line when there is one ("High Representative of the Union ..."). Empty when the
   * line after the date is not name-like ("NGOs urge Council to act": a headline).
   */
  List<String> addressBlock(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      String line = header.get(i).strip();
      if (!dates.isDateLine(line) || HeaderLines.isPosting(line)) {
        continue;
      }
      if (i + 1 >= header.size()) {
        return List.of();
      }
      String name = header.get(i + 1).strip();
      if (!isAddressLine(name)
          || WordCounter.count(name) > MAX_NAME_WORDS
          || !isNameLike(name)
          || isHeadline(name)) {
        return List.of();
      }
      if (i + 2 < header.size() && isAddressLine(header.get(i + 2).strip())) {
        String role = header.get(i + 2).strip();
        if (Character.isUpperCase(role.charAt(0)) && !isPlaceOnly(role)) {
          return List.of(name, role);
        }
      }
      return List.of(name);
    }
    return List.of();
  }

  /** True for a page's headline rather than a name: see {@link #HEADLINE_PUNCTUATION}. */
  static boolean isHeadline(String line) {
    if (HEADLINE_PUNCTUATION.matcher(line).find()) {
      return true;
    }
    String[] words = NAME_SEPARATORS.split(line.strip());
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (!w.isEmpty()
          && Character.isUpperCase(w.codePointAt(0))
          && HEADLINE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised words and name particles only: "H.E. Ms Nazhat Shameem Khan", "Moon Jae-in". */
  private static boolean isNameLike(String line) {
    for (String word : NAME_SEPARATORS.split(line)) {
      if (!word.isEmpty()
          && !Character.isUpperCase(word.codePointAt(0))
          && !PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
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
