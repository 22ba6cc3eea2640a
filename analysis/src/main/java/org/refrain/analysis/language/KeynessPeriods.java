package org.refrain.analysis.language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.refrain.corpus.Letter;

/**
 * An earlier and a later period of a corpus, chosen so that each holds enough letters and words for
 * keyness to mean something: what a report compares when asked how the language changed. Comparing
 * the latest year with the earliest would set one 2024 letter against four of 2020; this rule keeps
 * every dated letter and cuts the time line once.
 *
 * <p>The rule, on the dated letters in {@link Letter#CHRONOLOGICAL} order (undated letters take no
 * part, and are counted in {@link #undated}):
 *
 * <ol>
 *   <li>Fewer than two dated letters: no periods ({@link #choose} is empty).
 *   <li>By years: each year Y of the letters but the last is a boundary, the earlier period being
 *       the letters of years up to Y and the later those after Y. A boundary qualifies when each
 *       side holds at least {@value #MIN_LETTERS} letters and {@value #MIN_WORDS} words; of those,
 *       the one whose two sides' word counts are closest wins (the total being fixed, this is the
 *       one whose smaller side is largest), ties going to the earliest Y.
 *   <li>By dates, when no year boundary qualifies (one year only, or too few letters or words on a
 *       side): the letters are cut at the median letter, between two different dates, at the cut
 *       nearest the middle (ties to the earlier cut), so both periods are non-empty; letters all of
 *       one date are cut at the middle of their id order.
 * </ol>
 *
 * On the sample corpus only one year boundary leaves two letters on each side: 2020 (4 letters,
 * 3,377 words) against 2022–2024 (2 letters, 1,046 words).
 *
 * @param earlier the earlier period: group B of the comparison
 * @param later the later period: group A, so a term key in A is rising, one key in B falling
 * @param basis whether the cut fell between years or, failing that, between dates
 * @param undated the letters left out for want of a date
 */
public record KeynessPeriods(Period earlier, Period later, Basis basis, int undated) {

  /** The fewest letters a period holds when split by years. */
  public static final int MIN_LETTERS = 2;

  /**
   * The fewest words a period holds when split by years: two short statements. Below it only the
   * commonest words could be key: at p <= 0.01, between sides of the same size, a term absent from
   * one needs 5 occurrences in the other, 10 per 1,000 words of a 500-word side.
   */
  public static final int MIN_WORDS = 500;

  /** Where the cut between the periods fell. */
  public enum Basis {
    /** Between two years: the usual case. */
    YEARS,
    /** Between two dates at the median letter: no year boundary left enough on each side. */
    DATES
  }

  /**
   * One period.
   *
   * @param label its years ("2020", "2022–2024") or, cut by dates, its dates ("2020-02-21 –
   *     2020-03-03")
   * @param first the date of its first letter
   * @param last the date of its last letter
   * @param letters the ids of its letters, in date order
   * @param words their words, as {@link Letter#words()} counts them: the keyness denominator
   */
  public record Period(
      String label, LocalDate first, LocalDate last, List<String> letters, int words) {

    public Period {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      letters = List.copyOf(letters);
      if (letters.isEmpty()) {
        throw new IllegalArgumentException("a period needs a letter");
      }
      if (words < 0) {
        throw new IllegalArgumentException("words must be >= 0: " + words);
      }
    }

    /** The label with its figures: "2022–2024 (2 letters, 1,046 words)". */
    public String summary() {
      int n = letters.size();
      return String.format(
          Locale.ROOT, "%s (%d %s, %,d words)", label, n, n == 1 ? "letter" : "letters", words);
    }
  }

  public KeynessPeriods {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(basis, "basis");
    if (undated < 0) {
      throw new IllegalArgumentException("undated must be >= 0: " + undated);
    }
  }

  /** The two periods of {@code letters} by the rule above, or empty for fewer than 2 dated. */
  public static Optional<KeynessPeriods> choose(List<Letter> letters) {
    List<Letter> dated =
        letters.stream().filter(l -> l.date() != null).sorted(Letter.CHRONOLOGICAL).toList();
    if (dated.size() < 2) {
      return Optional.empty();
    }
    Basis basis = Basis.YEARS;
    int cut = yearCut(dated);
    if (cut < 0) {
      basis = Basis.DATES;
      cut = dateCut(dated);
    }
    return Optional.of(
        new KeynessPeriods(
            period(dated.subList(0, cut), basis),
            period(dated.subList(cut, dated.size()), basis),
            basis,
            letters.size() - dated.size()));
  }

  /**
   * The keyness of the later period (A) against the earlier (B), labelled with the periods' labels:
   * terms overused in A are rising, those overused in B falling. {@code terms} may hold other
   * letters (undated ones): they are in neither group.
   */
  public KeynessComparison compare(List<LetterTerms> terms, Keyness keyness) {
    Set<String> inLater = Set.copyOf(later.letters());
    Set<String> inEarlier = Set.copyOf(earlier.letters());
    return KeynessComparison.of(
        terms,
        l -> inLater.contains(l.id()),
        later.label(),
        l -> inEarlier.contains(l.id()),
        earlier.label(),
        keyness);
  }

  /** How these periods were chosen, in one sentence a report can print. */
  public String rule() {
    return switch (basis) {
      case YEARS ->
          String.format(
              Locale.ROOT,
              "The periods are cut at the year that best balances their words, each holding at"
                  + " least %d letters and %d words.",
              MIN_LETTERS,
              MIN_WORDS);
      case DATES ->
          String.format(
              Locale.ROOT,
              "No cut between years leaves %d letters and %d words on each side, so the periods"
                  + " are cut by date at the median letter.",
              MIN_LETTERS,
              MIN_WORDS);
    };
  }

  /** The number of letters before the best qualifying year boundary, or -1 when none qualifies. */
  private static int yearCut(List<Letter> dated) {
    long total = 0;
    for (Letter letter : dated) {
      total += letter.words();
    }
    int best = -1;
    long bestGap = Long.MAX_VALUE;
    long before = 0;
    for (int k = 1; k < dated.size(); k++) {
      before += dated.get(k - 1).words();
      long after = total - before;
      if (year(dated.get(k - 1)) != year(dated.get(k))
          && k >= MIN_LETTERS
          && dated.size() - k >= MIN_LETTERS
          && before >= MIN_WORDS
          && after >= MIN_WORDS
          && Math.abs(before - after) < bestGap) {
        best = k;
        bestGap = Math.abs(before - after);
      }
    }
    return best;
  }

  /**
   * The number of letters before the cut between two dates nearest the median letter, ties to the
   * earlier cut; the middle of the list when every letter has the same date.
   */
  private static int dateCut(List<Letter> dated) {
    int n = dated.size();
    int best = -1;
    for (int k = 1; k < n; k++) {
      boolean newDate = !dated.get(k - 1).date().value().equals(dated.get(k).date().value());
      if (newDate && (best < 0 || Math.abs(2 * k - n) < Math.abs(2 * best - n))) {
        best = k;
      }
    }
    return best < 0 ? n / 2 : best;
  }

  private static Period period(List<Letter> letters, Basis basis) {
    Letter first = letters.get(0);
    Letter last = letters.get(letters.size() - 1);
    String from = basis == Basis.YEARS ? Integer.toString(year(first)) : first.date().iso();
    String to = basis == Basis.YEARS ? Integer.toString(year(last)) : last.date().iso();
    String label = from.equals(to) ? from : from + (basis == Basis.YEARS ? "–" : " – ") + to;
    List<String> ids = new ArrayList<>(letters.size());
    int words = 0;
    for (Letter letter : letters) {
      ids.add(letter.id());
      words += letter.words();
    }
    return new Period(label, first.date().value(), last.date().value(), ids, words);
  }

  private static int year(Letter letter) {
    return letter.date().value().getYear();
  }
}
