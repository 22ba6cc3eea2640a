package org.refrain.corpus.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Recognises web-page furniture copied along with a letter ("Skip to main content", breadcrumbs,
 * image alt text, "Share This", donation appeals, "Prev / Next"): a line is chrome when its trimmed
 * text matches one of the patterns in {@code chrome-patterns.txt}, a resource users can read and
 * replace. Patterns match whole lines, case-insensitively. Thread-safe.
 */
public final class ChromeFilter {

  private static final String RESOURCE = "chrome-patterns.txt";

  /**
   * Page furniture is short: the longest seen is a donation appeal of about 100 characters. Longer
   * lines are never chrome, which spares running every pattern over every paragraph.
   */
  static final int MAX_CHROME_CHARS = 200;

  /**
   * How many lines a filter remembers its decision for. The patterns that scan a whole line ({@code
   * .*\b(alt attribute|...)\b.*}) cost microseconds each, and a corpus's signatory lists repeat the
   * same short lines letter after letter (10,000 synthetic letters: 412,556 short lines, 129,574
   * distinct). Bounded so that a long-lived reader does not grow without limit.
   */
  static final int REMEMBERED_LINES = 50_000;

  private final List<Pattern> patterns;
  private final Map<String, Boolean> decided = new ConcurrentHashMap<>();

  private ChromeFilter(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The filter with the bundled patterns. */
  public static ChromeFilter standard() {
    return standard(Lexicon.bundled());
  }

  /** The filter with {@code lexicon}'s patterns: the bundled ones, or a user's replacing them. */
  public static ChromeFilter standard(Lexicon lexicon) {
    return lexicon.once(
        ChromeFilter.class,
        () -> new ChromeFilter(lexicon.each(ChromeFilter.class, RESOURCE, e -> compile(e.text()))));
  }

  /**
   * A filter from pattern text: one regular expression a line; blank lines and # comments skipped.
   *
   * @throws IllegalArgumentException naming the line of a pattern that is not a regular expression
   */
  public static ChromeFilter of(String patternText) {
    List<Pattern> patterns = new ArrayList<>();
    String[] lines = patternText.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String p = lines[i].strip();
      if (p.isEmpty() || p.startsWith("#")) {
        continue;
      }
      try {
        patterns.add(compile(p));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new ChromeFilter(patterns);
  }

  private static Pattern compile(String pattern) {
    try {
      return Pattern.compile(
          pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("not a regular expression: " + e.getDescription(), e);
    }
  }

  /** This filter's patterns followed by {@code more}'s: a user's additions to the bundled list. */
  public ChromeFilter and(ChromeFilter more) {
    List<Pattern> all = new ArrayList<>(patterns);
    all.addAll(more.patterns);
    return new ChromeFilter(all);
  }

  /** True when {@code line} is page furniture rather than content. */
  public boolean isChrome(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > MAX_CHROME_CHARS) {
      return false;
    }
    Boolean known = decided.get(t);
    if (known != null) {
      return known;
    }
    boolean chrome = matchesAny(t);
    if (decided.size() < REMEMBERED_LINES) {
      decided.put(t, chrome);
    }
    return chrome;
  }

  private boolean matchesAny(String t) {
    for (Pattern p : patterns) {
      if (p.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }
}
