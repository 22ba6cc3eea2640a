package org.refrain.analysis.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import org.refrain.corpus.Span;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Splits a paragraph into sentences with OpenNLP's detector, then joins the splits the detector
 * gets wrong in this genre: after a title or reference abbreviation ("Dr. Kim", "No. 5"), after a
 * month or country abbreviation followed by a digit or a lower-case word ("Nov. 2019"), after a
 * bare enumerator ("1." of "1. Political prisoners ..."), before a lower-case continuation and
 * before a stray run of punctuation ("... Seoul office. -.", as copied from a web page). The
 * abbreviations are a resource, {@code abbreviations.txt}. Thread-safe.
 */
public final class SentenceSplitter {

  private static final String ABBREVIATIONS = "abbreviations.txt";
  private static final Pattern ENUMERATOR =
      Pattern.compile("\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]|[•\\-–*]");

  private final SentenceDetector detector;
  private final Set<String> join;
  private final Set<String> joinBeforeDigit;
  private final String rules;

  private SentenceSplitter(SentenceDetector detector, String rules) {
    this.detector = detector;
    this.rules = rules;
    this.join = new HashSet<>();
    this.joinBeforeDigit = new HashSet<>();
    Set<String> section = join;
    for (String line : rules.split("\n")) {
      String entry = line.strip().toLowerCase(Locale.ROOT);
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      if (entry.equals("[join]")) {
        section = join;
      } else if (entry.equals("[join-before-digit]")) {
        section = joinBeforeDigit;
      } else {
        section.add(entry);
      }
    }
  }

  /** A splitter on the shared English model with the bundled abbreviations. */
  public static SentenceSplitter create() {
    return create(Lexicon.bundled());
  }

  /** A splitter on the shared English model with {@code lexicon}'s abbreviations. */
  public static SentenceSplitter create(Lexicon lexicon) {
    // The rules without comments: they are hashed into the annotator's version.
    String rules = String.join("\n", lexicon.lines(SentenceSplitter.class, ABBREVIATIONS));
    return new SentenceSplitter(
        new ThreadSafeSentenceDetectorME(EnglishModels.shared().sentence()), rules);
  }

  /** The abbreviation rules' text, part of the annotator's version. */
  String rules() {
    return rules;
  }

  /** Sentence spans in {@code text}, trimmed, ordered, covering every non-blank character. */
  public List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    for (opennlp.tools.util.Span s : detector.sentPosDetect(text)) {
      Span span = trim(text, s.getStart(), s.getEnd());
      if (span.length() == 0) {
        continue;
      }
      if (!spans.isEmpty()) {
        Span previous = spans.get(spans.size() - 1);
        if (shouldJoin(text, previous, span)) {
          spans.set(spans.size() - 1, Span.of(previous.start(), span.end()));
          continue;
        }
      }
      spans.add(span);
    }
    return spans;
  }

  private boolean shouldJoin(String text, Span previous, Span next) {
    String previousText = previous.in(text);
    String lastWord = lastWord(previousText).toLowerCase(Locale.ROOT);
    char first = text.charAt(next.start());
    if (ENUMERATOR.matcher(previousText).matches() || join.contains(lastWord)) {
      return true;
    }
    String nextText = next.in(text);
    if (startsWithEnumerator(nextText)) {
      return false; // "a) Close camps. b) Release prisoners." keeps its items apart
    }
    if (Character.isLowerCase(first) || !Token.hasLetterOrDigit(nextText)) {
      return true;
    }
    return Character.isDigit(first) && joinBeforeDigit.contains(lastWord);
  }

  private static boolean startsWithEnumerator(String sentence) {
    int space = sentence.indexOf(' ');
    return space > 0 && ENUMERATOR.matcher(sentence.substring(0, space)).matches();
  }

  private static String lastWord(String sentence) {
    int i = sentence.length();
    while (i > 0 && !Character.isWhitespace(sentence.charAt(i - 1))) {
      i--;
    }
    String word = sentence.substring(i);
    // "(Dr." or "“No." still end in the abbreviation.
    int start = 0;
    while (start < word.length() && !Character.isLetterOrDigit(word.charAt(start))) {
      start++;
    }
    return word.substring(start);
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return Span.of(start, end);
  }
}
