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

  /**
   * The most letters a report table shows as columns: wider tables cannot be read, and their CSVs
   * name every letter.
   */
  public static final int MAX_COLUMNS = 40;

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

  /**
   * The key of the latest {@link #MAX_COLUMNS} of {@code letters} (given in date order), or of all
   * when there are no more.
   */
  public static LetterKey latest(List<Letter> letters) {
    return new LetterKey(
        letters.subList(Math.max(0, letters.size() - MAX_COLUMNS), letters.size()));
  }

  /** The letters keyed, in order. */
  public List<Letter> letters() {
    return letters;
  }

  /** The labels, in the letters' order. */
  public List<String> labels() {
    return List.copyOf(labels);
  }

  /** The label of {@code letter}; its id when the key leaves it out. */
  public String label(Letter letter) {
    return byId.getOrDefault(letter.id(), letter.id());
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
