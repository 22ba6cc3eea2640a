package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.refrain.corpus.Span;

/**
 * A regular expression over a sentence's text as written, case-insensitive: the last resort for
 * what words cannot say ("kwan-?liso"). Prefer a {@link TokenPattern}, which sees lemmas.
 */
public final class RegexPattern implements DemandPattern {

  private final String source;
  private final Pattern pattern;

  private RegexPattern(String source, Pattern pattern) {
    this.source = source;
    this.pattern = pattern;
  }

  /**
   * Compiles {@code regex}.
   *
   * @throws IllegalArgumentException when it is not a valid expression or matches empty text
   */
  public static RegexPattern of(String regex) {
    Objects.requireNonNull(regex, "regex");
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "not a regular expression: " + e.getDescription() + " at index " + e.getIndex());
    }
    if (pattern.matcher("").find()) {
      throw new IllegalArgumentException("the expression matches empty text");
    }
    return new RegexPattern("regex: " + regex, pattern);
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public List<Span> find(SentenceWords sentence, String letterText) {
    Span at = sentence.sentence().span();
    Matcher m = pattern.matcher(letterText).region(at.start(), at.end());
    List<Span> spans = new ArrayList<>();
    while (m.find()) {
      if (m.end() > m.start()) {
        spans.add(Span.of(m.start(), m.end()));
      }
    }
    return spans;
  }

  @Override
  public String toString() {
    return source;
  }
}
