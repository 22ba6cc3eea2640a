package org.refrain.reports.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.reports.render.MarkdownReport;

/**
 * Short readable labels for letters: date, addressee and venue, "2022-03-24 · Moon Jae-in · HRC
 * 49". The addressee is cut at its first comma, leading titles ("President", "His Excellency") are
 * dropped, and more than {@link #WORDS} words are cut with an ellipsis; a letter with no addressee
 * shows its kind. Labels are unique: a repeated one gets " (2)", " (3)" in date order.
 */
public final class LetterLabels {

  static final int WORDS = 3;

  /** Words dropped before an addressee's name, compared lower case without full stops. */
  private static final Set<String> TITLES =
      Set.of(
          "dear",
          "to",
          "the",
          "his",
          "her",
          "their",
          "excellency",
          "excellencies",
          "he",
          "president",
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof",
          "professor",
          "ambassador",
          "minister",
          "honourable",
          "honorable",
          "hon",
          "madam",
          "sir");

  private final Map<String, String> byId;
  private final Map<String, Integer> numbers = new HashMap<>();

  private LetterLabels(Map<String, String> byId) {
    this.byId = byId;
    byId.keySet().forEach(id -> numbers.put(id, numbers.size() + 1));
  }

  /**
   * The element id of the letter's row in the report, "letter-3" for the third in date order: ids
   * themselves hold characters no element id should.
   */
  public String anchor(String id) {
    Integer n = numbers.get(id);
    return n == null ? "letters" : "letter-" + n;
  }

  /**
   * Where a link to the letter with {@code id} goes: its row of the overview, which shows the
   * letters in date order, when the row is among the {@link MarkdownReport#MAX_ROWS} it embeds;
   * else the overview itself, which points to the CSV with them all.
   */
  public String link(String id) {
    Integer n = numbers.get(id);
    return n != null && n <= MarkdownReport.MAX_ROWS ? "#letter-" + n : "#table-letters";
  }

  /** Labels for {@code letters}, made unique in the order given. */
  public static LetterLabels of(List<Letter> letters) {
    Map<String, String> byId = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Letter letter : letters.stream().sorted(Letter.CHRONOLOGICAL).toList()) {
      String label = label(letter);
      int n = seen.merge(label, 1, Integer::sum);
      byId.put(letter.id(), n == 1 ? label : label + " (" + n + ")");
    }
    return new LetterLabels(byId);
  }

  /** The label of the letter with {@code id}; the id itself for a letter not labelled. */
  public String of(String id) {
    return byId.getOrDefault(id, id);
  }

  public String of(Letter letter) {
    return of(letter.id());
  }

  static String label(Letter letter) {
    StringBuilder label =
        new StringBuilder(letter.date() == null ? "undated" : letter.date().iso());
    String addressee = addressee(letter.addressee());
    if (!addressee.isEmpty()) {
      label.append(" · ").append(addressee);
    } else if (letter.kind() != LetterKind.LETTER) {
      label.append(" · ").append(letter.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (letter.venue() != null) {
      label.append(" · ").append(letter.venue().name());
    }
    return label.toString();
  }

  /** "Moon Jae-in, President of the Republic of Korea" becomes "Moon Jae-in". */
  static String addressee(String addressee) {
    if (addressee == null || addressee.isBlank()) {
      return "";
    }
    String head = addressee.split(",", 2)[0].trim();
    String[] words = head.split("\\s+");
    int from = 0;
    while (from < words.length - 1
        && TITLES.contains(words[from].replace(".", "").toLowerCase(Locale.ROOT))) {
      from++;
    }
    int to = Math.min(words.length, from + WORDS);
    String shown = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
    return to < words.length ? shown + "…" : shown;
  }
}
