package org.refrain.benchmarks.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;

/**
 * One sample letter cut into the parts synthetic letters are assembled from: its salutation ("Dear
 * President Moon Jae-in,"), its body passages and its closing paragraphs ("Thank you for your
 * consideration ...", "Sincerely,").
 *
 * @param letter the sample letter
 * @param salutation the first paragraph when it is a short one ending in a comma, or null
 * @param body the body passages, in order
 * @param closings the short paragraphs at the end, in order
 */
record SampleParts(Letter letter, String salutation, List<Passage> body, List<String> closings) {

  /** Longest salutation: "Dear Excellencies, Dear Colleagues," is 35 characters. */
  private static final int MAX_SALUTATION = 80;

  /** Longest closing: the samples' "Thank you ... with your staff." runs to about 110. */
  private static final int MAX_CLOSING = 200;

  /** At most this many paragraphs at the end are closings: a thanks and a sign-off. */
  private static final int MAX_CLOSINGS = 2;

  SampleParts {
    body = List.copyOf(body);
    closings = List.copyOf(closings);
  }

  static SampleParts of(Letter letter) {
    List<Paragraph> paragraphs = letter.paragraphs();
    int from = 0;
    String salutation = null;
    if (!paragraphs.isEmpty() && isSalutation(paragraphs.get(0))) {
      salutation = paragraphs.get(0).text();
      from = 1;
    }
    int to = paragraphs.size();
    while (to > from
        && paragraphs.size() - to < MAX_CLOSINGS
        && isClosing(paragraphs.get(to - 1))) {
      to--;
    }
    List<String> closings =
        paragraphs.subList(to, paragraphs.size()).stream().map(Paragraph::text).toList();
    return new SampleParts(letter, salutation, passages(paragraphs.subList(from, to)), closings);
  }

  /** How many years {@code date} is after this sample's date (0 when the sample has none). */
  int yearsTo(LocalDate date) {
    return letter.date() == null ? 0 : date.getYear() - letter.date().value().getYear();
  }

  private static List<Passage> passages(List<Paragraph> paragraphs) {
    List<Passage> passages = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (p.item()) {
        items.add(p.text());
        continue;
      }
      if (!items.isEmpty()) {
        passages.add(new Passage(items, true));
        items.clear();
      }
      passages.add(new Passage(List.of(p.text()), false));
    }
    if (!items.isEmpty()) {
      passages.add(new Passage(items, true));
    }
    return passages;
  }

  private static boolean isSalutation(Paragraph p) {
    return !p.item() && p.text().length() <= MAX_SALUTATION && p.text().endsWith(",");
  }

  private static boolean isClosing(Paragraph p) {
    return !p.item() && p.text().length() <= MAX_CLOSING;
  }
}
