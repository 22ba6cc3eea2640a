package org.refrain.corpus.metadata;

import java.util.List;
import org.refrain.corpus.WordCounter;

/**
 * Finds a letter's title: its "Re:" subject; else the heading nearest the salutation that names the
 * text ("Joint open letter to ..."); else the first heading of three words or more; else the
 * page's.
 */
public final class TitleFinder {

  private final DateFinder dates = new DateFinder();

  /**
   * The title of a letter.
   *
   * @param s the letter's sections
   * @param addressBlock header lines that address the letter, never its title
   */
  public String find(LetterSections s, List<String> addressBlock) {
    for (String line : s.header()) {
      String subject = HeaderLines.subject(line);
      if (subject != null) {
        return subject;
      }
    }
    List<String> header = s.header();
    for (int i = header.size() - 1; i >= 0; i--) {
      String line = header.get(i).strip();
      if (isCandidate(line) && HeaderLines.isTitleLike(line) && !addressBlock.contains(line)) {
        return line;
      }
    }
    for (List<String> lines : List.of(header, s.page())) {
      for (String line : lines) {
        if (isCandidate(line.strip()) && !addressBlock.contains(line.strip())) {
          return line.strip();
        }
      }
    }
    return null;
  }

  private boolean isCandidate(String line) {
    return WordCounter.count(line) >= 3
        && !dates.isDateLine(line)
        && !HeaderLines.isPosting(line)
        && !HeaderLines.isContact(line)
        && !HeaderLines.isCc(line)
        && !HeaderLines.isPostal(line)
        && !line.toLowerCase(java.util.Locale.ROOT).startsWith("to:");
  }
}
