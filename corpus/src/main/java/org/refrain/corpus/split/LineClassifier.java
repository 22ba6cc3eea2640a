package org.refrain.corpus.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.refrain.corpus.WordCounter;
import org.refrain.corpus.clean.ChromeFilter;
import org.refrain.corpus.clean.Line;

/**
 * Gives each line of a cleaned document a {@link LineKind}. Prose is told from list entries by
 * shape, not content: a prose line has a dozen words or more and ends like a sentence, or holds
 * several sentences. Signatory entries with long descriptions ("Former UN Special Rapporteur on ...
 * in the DPRK") have no closing full stop, so they stay short.
 */
public final class LineClassifier {

  /** Fewest words a sentence-final line needs to count as prose. */
  static final int PROSE_MIN_WORDS = 12;

  private static final Pattern SEPARATOR = Pattern.compile("([=\\-_*~#•·]\\s?){4,}");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;:][\"'”’)\\]]*");
  private static final Pattern INNER_SENTENCE =
      Pattern.compile("[a-z\\d)”’\"][.!?][\"”’]?\\s+[A-Z“\"]");
  private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(we|our|us|you|your)\\b");

  /** A sentence end after a word of five letters or more, so abbreviations do not count. */
  private static final Pattern TWO_SENTENCES =
      Pattern.compile("\\b\\p{L}{5,}[.!?][\"”’)]?\\s+[“\"]?\\p{Lu}");

  private static final Pattern IMAGE =
      Pattern.compile("(?i).*(alt attribute|file name is|\\.(jpe?g|png|gif|webp|svg)\\b).*");

  private final ChromeFilter chrome;

  public LineClassifier(ChromeFilter chrome) {
    this.chrome = chrome;
  }

  /** The kind of each line, in order. */
  public List<LineKind> classify(List<Line> lines) {
    List<LineKind> kinds = new ArrayList<>(lines.size());
    boolean afterImage = false;
    for (Line line : lines) {
      String t = line.trimmed();
      LineKind kind = kindOf(t);
      // A short line right after an image line is its caption (seed 001: the picture of a UN
      // report, then its title), page furniture like the image itself.
      if (afterImage && kind == LineKind.SHORT && WordCounter.count(t) <= 20) {
        kind = LineKind.CHROME;
      }
      if (kind != LineKind.BLANK) {
        afterImage = kind == LineKind.CHROME && IMAGE.matcher(t).matches();
      }
      kinds.add(kind);
    }
    return List.copyOf(kinds);
  }

  private LineKind kindOf(String t) {
    if (t.isEmpty()) {
      return LineKind.BLANK;
    }
    if (SEPARATOR.matcher(t).matches()) {
      return LineKind.SEPARATOR;
    }
    if (chrome.isChrome(t)) {
      return LineKind.CHROME;
    }
    return isProse(t) ? LineKind.PROSE : LineKind.SHORT;
  }

  /**
   * True for prose that is running text rather than a long list entry: it speaks as or to someone
   * ("we", "our", "you") or holds two sentences. A signatory entry can be a long sentence-like line
   * ("Prof. Jane Doe, Professor of ... at the University of Oxford, United Kingdom.") but is
   * neither; "Prof." and "Inc." do not end sentences.
   */
  public static boolean isRunningText(String t) {
    String s = FootnoteMarkers.strip(t);
    return isProse(s) && (PERSONAL.matcher(s).find() || TWO_SENTENCES.matcher(s).find());
  }

  /**
   * True for a sentence-like line: long enough and ending like a sentence, or holding two. Footnote
   * markers ("proliferation.1", "testing.²") do not count against a sentence end.
   */
  public static boolean isProse(String line) {
    String t = FootnoteMarkers.strip(line);
    int words = WordCounter.count(t);
    if (words >= PROSE_MIN_WORDS && SENTENCE_END.matcher(t).matches()) {
      return true;
    }
    return words >= 2 * PROSE_MIN_WORDS && INNER_SENTENCE.matcher(t).find();
  }
}
