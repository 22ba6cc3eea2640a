package org.refrain.corpus.split;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterCopy;
import org.refrain.corpus.metadata.LetterDate;

/**
 * Reads the same letter found in several documents once: a letter re-posted by several coalition
 * members, or read as both HTML and text, each copy with its own page furniture, preamble and
 * posting date. Two letters of different documents are copies when all of these hold:
 *
 * <ol>
 *   <li>their bodies (salutation to closing; the preamble and page furniture are not part of it)
 *       are the same words: compared word by word, case, punctuation, quotes, dashes and spacing
 *       set aside, at least {@link #SAME_WORDS} of the words of both are matched (a stray footnote
 *       number or a word lost at a page break is allowed; a changed paragraph is not);
 *   <li>their addressees are the same, when both have one (the 2020 UNGA and EU letters share most
 *       of their words and stay two letters);
 *   <li>their own dates (stated in the letter or set in a sidecar) are the same, when both have one
 *       (a template sent again on another date is another letter, which reuse shows as a family); a
 *       posting date or an inferred date never keeps copies apart.
 * </ol>
 *
 * <p>Of each group of copies one letter is kept: the one whose date is its own (set, then stated,
 * then inferred, then a posting date, then none), then the one with the longest signatory list,
 * then the first by id. The others become its {@link Letter#copies()}, and one warning names them.
 * Letters of one document are never merged here ({@link DuplicateLetterFilter} reads a letter a
 * page repeats once).
 *
 * <p>Linear in the corpus, as the within-document filter: each letter is compared only with the
 * kept letters that share a rare 5-gram of its body ({@link ShingleIndex}) and whose own date
 * agrees with its own (one text sent on a thousand dates costs no comparison between its sendings),
 * and the word comparison stops once more than the allowed difference is found. Only a letter
 * without a date of its own is looked up among all kept letters alike in words.
 */
public final class CopyMerger {

  /** The share of both bodies' words that must be matched, in order, for two letters to be one. */
  static final double SAME_WORDS = 0.95;

  /**
   * The 5-gram Jaccard below which two bodies cannot reach {@link #SAME_WORDS}: each changed word
   * changes at most five 5-grams, so 5% of words changed leaves about 0.6 of the 5-grams shared.
   */
  static final double CANDIDATE = 0.5;

  /** The letters with copies merged, and one warning a merged group. */
  public record Merged(List<Letter> letters, List<Diagnostic> diagnostics) {
    public Merged {
      letters = List.copyOf(letters);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Merges the copies among {@code letters}; the letters kept stay in the order given. */
  public Merged merge(List<Letter> letters) {
    List<Letter> ranked = letters.stream().sorted(PREFERENCE).toList();
    SortedMap<Integer, List<Letter>> copiesOf = copiesByKept(ranked);
    if (copiesOf.isEmpty()) {
      return new Merged(letters, List.of());
    }
    Map<String, Letter> replaced = new HashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Map.Entry<Integer, List<Letter>> group : copiesOf.entrySet()) {
      Letter keep = ranked.get(group.getKey());
      List<Letter> copies =
          group.getValue().stream().sorted(Comparator.comparing(Letter::id)).toList();
      replaced.put(keep.id(), keep.withCopies(copies.stream().map(LetterCopy::of).toList()));
      for (Letter copy : copies) {
        replaced.put(copy.id(), null); // read once: as the letter kept
      }
      diagnostics.add(warning(keep, copies));
    }
    List<Letter> out = new ArrayList<>();
    for (Letter l : letters) {
      Letter now = replaced.containsKey(l.id()) ? replaced.get(l.id()) : l;
      if (now != null) {
        out.add(now);
      }
    }
    return new Merged(out, diagnostics);
  }

  /**
   * The copies of each kept letter, by its position in {@code ranked}: letters are taken in
   * preference order, and each is a copy of the first kept letter it copies, or kept itself.
   */
  private static SortedMap<Integer, List<Letter>> copiesByKept(List<Letter> ranked) {
    List<long[]> words = new ArrayList<>(ranked.size());
    List<long[]> shingles = new ArrayList<>(ranked.size());
    for (Letter l : ranked) {
      long[] w = WordShingles.words(l.paragraphs().stream().map(p -> p.text()).toList());
      words.add(w);
      shingles.add(w.length == 0 ? new long[0] : WordShingles.shingles(w));
    }
    ShingleIndex index = new ShingleIndex(shingles, CANDIDATE);
    SortedMap<Integer, List<Letter>> copiesOf = new TreeMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      int kept = firstCopied(i, ranked, words, shingles, index);
      if (kept < 0) {
        index.add(i, DateKeys.indexed(ranked.get(i).date()));
      } else {
        copiesOf.computeIfAbsent(kept, k -> new ArrayList<>()).add(ranked.get(i));
      }
    }
    return copiesOf;
  }

  /** The first kept letter (in preference order) that letter {@code i} copies, or -1. */
  private static int firstCopied(
      int i, List<Letter> ranked, List<long[]> words, List<long[]> shingles, ShingleIndex index) {
    if (words.get(i).length == 0) {
      return -1;
    }
    Letter b = ranked.get(i);
    for (int candidate : index.candidates(i, DateKeys.looked(b.date()))) {
      Letter a = ranked.get(candidate);
      if (!document(a).equals(document(b))
          && sameAddressee(a, b)
          && sameOwnDate(a.date(), b.date())
          && jaccard(shingles.get(candidate), shingles.get(i)) >= CANDIDATE
          && WordDiff.sameWords(words.get(candidate), words.get(i), SAME_WORDS)) {
        return candidate;
      }
    }
    return -1;
  }

  /**
   * The keys under which a kept letter is indexed and a letter looks for the letters it could copy:
   * only letters whose own dates agree ({@link #sameOwnDate}) find each other, so that one text
   * sent on many dates costs no comparison between its sendings. A letter without a date of its own
   * looks under "all".
   */
  private static final class DateKeys {
    private static final long DAY = 1;
    private static final long MONTH = 2;
    private static final long YEAR = 3;
    private static final long NONE = 4;
    private static final long ALL = 5;

    /** Where a kept letter is found: its own date at its precision (or none), and all. */
    static long[] indexed(LetterDate d) {
      if (!own(d)) {
        return new long[] {key(NONE, 0), key(ALL, 0)};
      }
      return new long[] {at(d.precision(), d), key(ALL, 0)};
    }

    /**
     * Where a letter looks: a day-dated letter at its day, month, year and among the undated; a
     * letter dated by month or year only, or not at all, among all (rare: {@link #sameOwnDate} then
     * sorts out the candidates).
     */
    static long[] looked(LetterDate d) {
      if (!own(d) || d.precision() != LetterDate.Precision.DAY) {
        return new long[] {key(ALL, 0)};
      }
      return new long[] {
        at(LetterDate.Precision.DAY, d),
        at(LetterDate.Precision.MONTH, d),
        at(LetterDate.Precision.YEAR, d),
        key(NONE, 0)
      };
    }

    private static long at(LetterDate.Precision precision, LetterDate d) {
      return switch (precision) {
        case DAY -> key(DAY, d.value().toEpochDay());
        case MONTH -> key(MONTH, d.value().getYear() * 12L + d.value().getMonthValue());
        case YEAR -> key(YEAR, d.value().getYear());
      };
    }

    /** Never 0 (the tag is 1 to 5): 0 is the index's key for "no key". */
    private static long key(long tag, long value) {
      return (tag << 56) ^ (value & 0x00FF_FFFF_FFFF_FFFFL);
    }
  }

  /** Own date first (set, stated, inferred, posting, none), longest list, then id. */
  private static final Comparator<Letter> PREFERENCE =
      Comparator.comparingInt((Letter l) -> dateRank(l.date()))
          .thenComparing(Comparator.comparingInt((Letter l) -> l.signatories().size()).reversed())
          .thenComparing(Letter::id);

  private static int dateRank(LetterDate date) {
    if (date == null) {
      return 4;
    }
    return switch (date.source()) {
      case OVERRIDE -> 0;
      case STATED -> 1;
      case INFERRED -> 2;
      case PUBLISHED -> 3;
    };
  }

  /** The document a letter was read from: its id without {@code #index}. */
  private static String document(Letter l) {
    int hash = l.id().lastIndexOf('#');
    return hash < 0 ? l.id() : l.id().substring(0, hash);
  }

  private static boolean sameAddressee(Letter a, Letter b) {
    return a.addressee() == null
        || b.addressee() == null
        || fold(a.addressee()).equals(fold(b.addressee()));
  }

  /** Letters and digits only, case-folded: "H.E. Mr. X," and "H.E. Mr X" are one addressee. */
  private static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /**
   * False only when both letters state (or have set) a date of their own and the dates differ at
   * the coarser of their precisions ("March 2020" and "3 March 2020" agree).
   */
  static boolean sameOwnDate(LetterDate a, LetterDate b) {
    if (!own(a) || !own(b)) {
      return true;
    }
    LetterDate.Precision coarser =
        a.precision().compareTo(b.precision()) >= 0 ? a.precision() : b.precision();
    return switch (coarser) {
      case DAY -> a.value().equals(b.value());
      case MONTH ->
          a.value().getYear() == b.value().getYear()
              && a.value().getMonth() == b.value().getMonth();
      case YEAR -> a.value().getYear() == b.value().getYear();
    };
  }

  private static boolean own(LetterDate d) {
    return d != null
        && (d.source() == LetterDate.Source.STATED || d.source() == LetterDate.Source.OVERRIDE);
  }

  private static double jaccard(long[] a, long[] b) {
    int common = WordShingles.common(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  /**
   * "letter #1 is also in other files (b.html#1, c.txt#2; 2020-02-21): read once, every source
   * kept", on the kept letter's file; what varies sits in the parentheses, so that many such
   * warnings group into one line.
   */
  private static Diagnostic warning(Letter keep, List<Letter> copies) {
    StringBuilder where = new StringBuilder();
    for (Letter copy : copies) {
      where.append(where.length() == 0 ? "" : ", ").append(copy.source()).append('#');
      where.append(copy.index());
    }
    String date = keep.date() == null ? "undated" : keep.date().iso();
    return Diagnostic.warning(
        keep.source(),
        0,
        "letter #"
            + keep.index()
            + " is also in other files ("
            + where
            + "; "
            + date
            + "): read once, every source kept");
  }
}
