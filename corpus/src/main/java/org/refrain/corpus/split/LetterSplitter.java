package org.refrain.corpus.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.refrain.corpus.WordCounter;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.metadata.DateFinder;
import org.refrain.corpus.metadata.KindClassifier;

/**
 * Splits a classified document into letters. Each salutation followed by running text starts a
 * letter; the lines between the previous letter's end and the salutation are its header (short
 * lines) and preamble (prose). The body runs to the closing ("Sincerely,") or, without one, to the
 * last run of list-like lines (a run introduced by "We ask you to:" enumerates demands and stays in
 * the body); the signatory list then runs until prose, page chrome, a separator, a bare date line
 * (the next letter's heading) or the next letter. A text without any salutation (a press release)
 * is one record whose body starts at its first prose line.
 */
public final class LetterSplitter {

  /** Short lines in a row (blank lines aside) that make a list rather than a short paragraph. */
  static final int MIN_LIST_RUN = 3;

  /** Words that announce a signatory list: "Signatories", "Members and supporters ... include:". */
  private static final Pattern LIST_HEADING =
      Pattern.compile(
          "(?i)\\b(signator(y|ies)|signed|endorsed|co-?signed|signatures?|groups|"
              + "organi[sz]ations?|individuals|members|supporters)\\b");

  /** Longest line that can be a list heading, in words. */
  private static final int MAX_HEADING_WORDS = 12;

  private final DateFinder dates = new DateFinder();

  /** The letters of a document, in order; empty when it holds no running text at all. */
  public List<LetterLayout> split(List<Line> lines, List<LineKind> kinds) {
    if (lines.size() != kinds.size()) {
      throw new IllegalArgumentException("lines and kinds differ in size");
    }
    Document doc = new Document(lines, kinds, dateLines(lines, kinds));
    List<Integer> salutations = salutations(lines, kinds);
    List<LetterLayout> letters = new ArrayList<>();
    if (salutations.isEmpty()) {
      int firstProse = next(kinds, 0, kinds.size(), LineKind.PROSE);
      if (firstProse >= 0) {
        int lower = afterLastBreak(kinds, 0, firstProse);
        letters.add(layout(doc, 0, lower, firstProse, -1, kinds.size()).layout());
      }
      return List.copyOf(letters);
    }
    int lower = afterLastBreak(kinds, 0, salutations.get(0));
    int pageEnd = lower;
    for (int i = 0; i < salutations.size(); i++) {
      int s = salutations.get(i);
      int limit = i + 1 < salutations.size() ? salutations.get(i + 1) : kinds.size();
      Scan scan = layout(doc, pageEnd, lower, s, s, limit);
      letters.addAll(separateRelease(doc, scan.layout()));
      lower = scan.end();
    }
    return List.copyOf(letters);
  }

  private record Scan(LetterLayout layout, int end) {}

  /**
   * A page that posts a press release and then the letter it reports: when the text before the
   * salutation runs to several paragraphs that read as a release (a dateline, reported speech), the
   * release is a record of its own, ahead of the letter. A one-paragraph note from the publisher
   * ("On March 24, NKDB signed ...") stays the letter's preamble.
   */
  private static List<LetterLayout> separateRelease(Document doc, LetterLayout letter) {
    List<Integer> preamble = letter.preambleLines();
    List<String> paragraphs = preamble.stream().map(i -> doc.lines().get(i).trimmed()).toList();
    if (preamble.size() < 2 || !KindClassifier.readsAsRelease(paragraphs)) {
      return List.of(letter);
    }
    int first = preamble.get(0);
    int last = preamble.get(preamble.size() - 1);
    List<Integer> before = letter.headerLines().stream().filter(i -> i < first).toList();
    List<Integer> after = letter.headerLines().stream().filter(i -> i > last).toList();
    LetterLayout release =
        new LetterLayout(letter.pageLines(), before, List.of(), -1, preamble, List.of());
    LetterLayout reported =
        new LetterLayout(
            letter.pageLines(),
            after,
            List.of(),
            letter.salutation(),
            letter.bodyLines(),
            letter.listLines());
    return List.of(release, reported);
  }

  private static boolean isRunningText(Document doc, int j) {
    return doc.kinds().get(j) == LineKind.PROSE
        && LineClassifier.isRunningText(doc.lines().get(j).trimmed());
  }

  /** A document's lines with what the scans ask of them, each worked out once. */
  private record Document(List<Line> lines, List<LineKind> kinds, boolean[] dateLine) {}

  private boolean[] dateLines(List<Line> lines, List<LineKind> kinds) {
    boolean[] dateLine = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      dateLine[i] = kinds.get(i) == LineKind.SHORT && dates.isDateLine(lines.get(i).text());
    }
    return dateLine;
  }

  private Scan layout(Document doc, int pageEnd, int lower, int bodyStart, int sal, int limit) {
    List<LineKind> kinds = doc.kinds();
    List<Integer> page = contentLines(kinds, 0, Math.min(pageEnd, lower));
    List<Integer> header = new ArrayList<>();
    List<Integer> preamble = new ArrayList<>();
    for (int j = lower; j < bodyStart; j++) {
      if (kinds.get(j) == LineKind.PROSE) {
        preamble.add(j);
      } else if (kinds.get(j) == LineKind.SHORT) {
        header.add(j);
      }
    }
    List<Integer> body = new ArrayList<>();
    body.add(bodyStart);
    int j = scanBody(doc, bodyStart + 1, limit, body);
    List<Integer> list = new ArrayList<>();
    j = scanList(doc, j, limit, list);
    return new Scan(new LetterLayout(page, header, preamble, sal, body, list), j);
  }

  /** Adds body lines from {@code from}; returns the index where the signatory list may start. */
  private int scanBody(Document doc, int from, int limit, List<Integer> body) {
    List<Line> lines = doc.lines();
    List<LineKind> kinds = doc.kinds();
    int closing = -1;
    for (int j = from; j < limit; j++) {
      if (kinds.get(j) == LineKind.SHORT && LetterParts.isClosing(lines.get(j).text())) {
        closing = j;
        break;
      }
    }
    if (closing >= 0) {
      body.addAll(contentLines(kinds, from, closing + 1));
      int j = closing + 1;
      // Closing courtesies after "Sincerely," still belong to the body (seed 001).
      while (j < limit && (kinds.get(j) == LineKind.BLANK || isRunningText(doc, j))) {
        if (kinds.get(j) == LineKind.PROSE) {
          body.add(j);
        }
        j++;
      }
      return j;
    }
    for (int j = from; j < limit; j++) {
      LineKind k = kinds.get(j);
      if (k == LineKind.SEPARATOR) {
        return j;
      }
      if (k == LineKind.PROSE) {
        body.add(j);
      } else if (k == LineKind.SHORT) {
        if (startsList(doc, j, limit)
            && !introducedByColon(doc, j)
            && !anotherListFollows(doc, j, limit)) {
          return j;
        }
        // A run that is not the list is an enumeration in the body: take all of it.
        // (A date line ends a run at once; the run then is that one line.)
        int end = Math.max(runEnd(doc, j, limit), j + 1);
        body.addAll(contentLines(kinds, j, end));
        j = end - 1;
      }
    }
    return limit;
  }

  /**
   * True when the short lines at {@code j} follow a line ending in a colon that does not announce
   * signatories ("We ask you to:"): they enumerate the body's demands.
   */
  private static boolean introducedByColon(Document doc, int j) {
    for (int i = j - 1; i >= 0; i--) {
      if (doc.kinds().get(i) != LineKind.BLANK) {
        String t = doc.lines().get(i).trimmed();
        return t.endsWith(":") && !isListHeading(t);
      }
    }
    return false;
  }

  /**
   * Without a closing line the list is the last run of short lines: when prose and then another run
   * follow this one before the next letter (and before any page chrome), this one was body.
   */
  private boolean anotherListFollows(Document doc, int j, int limit) {
    List<LineKind> kinds = doc.kinds();
    int i = runEnd(doc, j, limit);
    if (i >= limit || kinds.get(i) != LineKind.PROSE) {
      return false;
    }
    for (; i < limit; i++) {
      LineKind k = kinds.get(i);
      if (k == LineKind.CHROME || k == LineKind.SEPARATOR) {
        return false;
      }
      if (k == LineKind.SHORT && startsList(doc, i, limit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first line after {@code j} that is neither short nor blank, or a date line.
   */
  private static int runEnd(Document doc, int j, int limit) {
    int i = j;
    while (i < limit) {
      LineKind k = doc.kinds().get(i);
      if (k != LineKind.BLANK && (k != LineKind.SHORT || doc.dateLine()[i])) {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isListHeading(String t) {
    return WordCounter.count(t) <= MAX_HEADING_WORDS
        && LIST_HEADING.matcher(t).find()
        && !LineClassifier.isProse(t);
  }

  /** A list heading, or the first of several short lines in a row. */
  private boolean startsList(Document doc, int j, int limit) {
    List<LineKind> kinds = doc.kinds();
    String t = doc.lines().get(j).trimmed();
    if (isListHeading(t)) {
      return true;
    }
    int run = 0;
    for (int i = j; i < limit && run < MIN_LIST_RUN; i++) {
      LineKind k = kinds.get(i);
      if (k == LineKind.BLANK) {
        continue;
      }
      if (k != LineKind.SHORT || doc.dateLine()[i]) {
        return false;
      }
      run++;
    }
    return run >= MIN_LIST_RUN;
  }

  /** Adds list lines from {@code from}; returns the index of the line that ended the list. */
  private int scanList(Document doc, int from, int limit, List<Integer> list) {
    List<LineKind> kinds = doc.kinds();
    int j = from;
    for (; j < limit; j++) {
      LineKind k = kinds.get(j);
      if (k == LineKind.BLANK) {
        continue;
      }
      // A long entry can look like prose; only running text ends the list.
      boolean entry = k == LineKind.SHORT || (k == LineKind.PROSE && !isRunningText(doc, j));
      if (!entry || doc.dateLine()[j]) {
        break;
      }
      list.add(j);
    }
    return j;
  }

  private static List<Integer> salutations(List<Line> lines, List<LineKind> kinds) {
    List<Integer> found = new ArrayList<>();
    for (int j = 0; j < lines.size(); j++) {
      if (kinds.get(j) != LineKind.SHORT || !LetterParts.isSalutation(lines.get(j).text())) {
        continue;
      }
      int next = nextContent(kinds, j + 1);
      if (next >= 0 && kinds.get(next) == LineKind.PROSE) {
        found.add(j);
      }
    }
    return found;
  }

  /** The index after the last chrome or separator line in {@code [from, to)}, else {@code from}. */
  private static int afterLastBreak(List<LineKind> kinds, int from, int to) {
    int lower = from;
    for (int j = from; j < to; j++) {
      if (kinds.get(j) == LineKind.CHROME || kinds.get(j) == LineKind.SEPARATOR) {
        lower = j + 1;
      }
    }
    return lower;
  }

  private static int next(List<LineKind> kinds, int from, int to, LineKind kind) {
    for (int j = from; j < to; j++) {
      if (kinds.get(j) == kind) {
        return j;
      }
    }
    return -1;
  }

  private static int nextContent(List<LineKind> kinds, int from) {
    for (int j = from; j < kinds.size(); j++) {
      if (kinds.get(j) != LineKind.BLANK && kinds.get(j) != LineKind.CHROME) {
        return j;
      }
    }
    return -1;
  }

  private static List<Integer> contentLines(List<LineKind> kinds, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int j = from; j < to; j++) {
      if (kinds.get(j) == LineKind.PROSE || kinds.get(j) == LineKind.SHORT) {
        out.add(j);
      }
    }
    return out;
  }
}
