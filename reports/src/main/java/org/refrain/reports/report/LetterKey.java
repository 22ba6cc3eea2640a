package org.refrain.reports.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refrain.corpus.Letter;
import org.refrain.reports.render.MarkdownRenderer;

/**
 * Short labels L1..Ln for letters in a given order, for tables whose columns are letters, and the
 * key that names each in full.
 */
public final class LetterKey {

  private final List<Letter> letters;
  private final List<String> labels = new ArrayList<>();
  private final Map<String, String> byId = new HashMap<>();

  private LetterKey(List<Letter> letters) {
    this.letters = List.copyOf(letters);
    for (int i = 0; i < letters.size(); i++) {
      labels.add("L" + (i + 1));
      byId.put(letters.get(i).id(), labels.get(i));
    }
  }

  public static LetterKey of(List<Letter> letters) {
    return new LetterKey(letters);
  }

  /** The labels, in the letters' order. */
  public List<String> labels() {
    return List.copyOf(labels);
  }

  /** The label of {@code letter}. */
  public String label(Letter letter) {
    return byId.get(letter.id());
  }

  /** "L1 = id, L2 = id", ids escaped for Markdown. */
  public String markdown() {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < letters.size(); i++) {
      key.append(i == 0 ? "" : ", ").append(labels.get(i)).append(" = ");
      key.append(MarkdownRenderer.escape(letters.get(i).id()));
    }
    return key.toString();
  }

  /** One line per letter, "L1 = id (date)", for plain text. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < letters.size(); i++) {
      Letter l = letters.get(i);
      lines.add(
          labels.get(i) + " = " + l.id() + (l.date() == null ? "" : " (" + l.date().iso() + ")"));
    }
    return lines;
  }
}
