package org.refrain.corpus.split;

import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.metadata.DateFinder;
import org.refrain.corpus.metadata.KindClassifier;

/**
 * Splits a classified document into letters. Each salutation followed by running text starts a
 * letter; the lines between the previous letter's end and the salutation are its header (short
 * lines) and preamble (prose); {@link BodyScanner} finds where its body and signatory list end. A
 * text without any salutation (a press release) is one record whose body starts at its first prose
 * line.
 */
public final class LetterSplitter {

  private final DateFinder dates = new DateFinder();
  private final BodyScanner scanner = new BodyScanner();

  /** The letters of a document, in order; empty when it holds no running text at all. */
  public List<LetterLayout> split(List<Line> lines, List<LineKind> kinds) {
    ClassifiedLines doc = ClassifiedLines.of(lines, kinds, dates);
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
  private static List<LetterLayout> separateRelease(ClassifiedLines doc, LetterLayout letter) {
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

  private Scan layout(
      ClassifiedLines doc, int pageEnd, int lower, int bodyStart, int sal, int limit) {
    List<LineKind> kinds = doc.kinds();
    List<Integer> page = doc.contentLines(0, Math.min(pageEnd, lower));
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
    NotesSection notes = new NotesSection(doc, bodyStart, limit);
    int j = scanner.scanBody(doc, bodyStart + 1, limit, body, notes);
    List<Integer> list = new ArrayList<>();
    j = scanner.scanList(doc, j, limit, list, notes);
    return new Scan(new LetterLayout(page, header, preamble, sal, body, list), j);
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
}
