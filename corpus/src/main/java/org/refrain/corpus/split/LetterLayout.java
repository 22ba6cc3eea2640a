package org.refrain.corpus.split;

import java.util.List;

/**
 * Where the parts of one letter stand in its document, as 0-based indices into the document's line
 * list. Every list holds non-blank, non-chrome lines in document order.
 *
 * @param pageLines lines of the page before the first letter (site title, posting date)
 * @param headerLines short lines before the salutation: title, date, addressee block, "Re:" line
 * @param preambleLines running text before the salutation: the publisher's introduction
 * @param salutation the salutation's line, or -1 for a text without one (a press release)
 * @param bodyLines the body from salutation to closing, inclusive
 * @param listLines the signatory block, section headings included
 */
public record LetterLayout(
    List<Integer> pageLines,
    List<Integer> headerLines,
    List<Integer> preambleLines,
    int salutation,
    List<Integer> bodyLines,
    List<Integer> listLines) {

  public LetterLayout {
    pageLines = List.copyOf(pageLines);
    headerLines = List.copyOf(headerLines);
    preambleLines = List.copyOf(preambleLines);
    bodyLines = List.copyOf(bodyLines);
    listLines = List.copyOf(listLines);
    if (bodyLines.isEmpty()) {
      throw new IllegalArgumentException("a letter needs a body");
    }
  }

  /** Index of the letter's first line (header, preamble or body). */
  public int firstLine() {
    int first = bodyLines.get(0);
    for (List<Integer> part : List.of(headerLines, preambleLines)) {
      if (!part.isEmpty()) {
        first = Math.min(first, part.get(0));
      }
    }
    return first;
  }

  /** Index of the letter's last line (end of its list, or of its body). */
  public int lastLine() {
    int last = bodyLines.get(bodyLines.size() - 1);
    return listLines.isEmpty() ? last : Math.max(last, listLines.get(listLines.size() - 1));
  }
}
