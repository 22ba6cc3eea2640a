package org.refrain.corpus.metadata;

import java.util.List;

/**
 * The text of one letter's parts, as the metadata finders read them.
 *
 * @param page lines of the web page before the letter (site title, posting date)
 * @param header short lines before the salutation (title, date, addressee block, "Re:" line)
 * @param preamble the publisher's introduction, if any
 * @param salutation the salutation line, or null
 * @param body body paragraphs from salutation to closing
 * @param list the signatory block's lines
 */
public record LetterSections(
    List<String> page,
    List<String> header,
    List<String> preamble,
    String salutation,
    List<String> body,
    List<String> list) {

  public LetterSections {
    page = List.copyOf(page);
    header = List.copyOf(header);
    preamble = List.copyOf(preamble);
    body = List.copyOf(body);
    list = List.copyOf(list);
  }

  /** Preamble and body as one text, for searches that span both. */
  public String runningText() {
    return String.join("\n", preamble) + "\n" + String.join("\n", body);
  }
}
